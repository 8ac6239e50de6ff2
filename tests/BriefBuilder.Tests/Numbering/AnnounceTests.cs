using BriefBuilder.Numbering;

namespace BriefBuilder.Tests.Numbering;

/// <summary>
/// What brief new and import say after writing: the numbers and date they chose, whether the date
/// was given, and loudly when the brief starts a new year, naming the latest brief it follows.
/// </summary>
public class AnnounceTests
{
    static readonly Series TwoBriefs = Series.Of(
        [InMemory.Brief(2, 2, new DateOnly(2024, 6, 17)), InMemory.Brief(1, 1, new DateOnly(2024, 3, 5))], InMemory.History());

    [Fact]
    public void A_brief_of_the_same_year_is_announced_by_its_numbers_and_date()
    {
        var (chosen, newYear) = NextBrief.Announce(TwoBriefs, new DateOnly(2024, 7, 1), dateGiven: true);
        Assert.Equal("2024年第3期（总第3期）, dated 2024-07-01", chosen);
        Assert.Null(newYear);
    }

    [Fact]
    public void A_date_not_given_is_said_to_be_today_s()
    {
        var (chosen, _) = NextBrief.Announce(TwoBriefs, new DateOnly(2024, 7, 1), dateGiven: false);
        Assert.Equal("2024年第3期（总第3期）, dated 2024-07-01 (today: no --date was given)", chosen);
    }

    [Fact]
    public void A_brief_that_starts_a_year_is_announced_loudly_with_the_latest_brief_it_follows()
    {
        var (chosen, newYear) = NextBrief.Announce(TwoBriefs, new DateOnly(2025, 1, 5), dateGiven: false);
        Assert.Equal("2025年第1期（总第3期）, dated 2025-01-05 (today: no --date was given)", chosen);
        Assert.Equal("NEW YEAR: this brief starts 2025 as its 第1期; the latest brief is 2024年第2期 (content/2024/002.md, 2024-06-17). "
            + "If it belongs to 2024, delete it and give --date.", newYear);
    }
}
