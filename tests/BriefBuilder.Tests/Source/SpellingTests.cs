using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

public class SpellingTests
{
    static readonly string[] Keys = ["issue", "total", "date", "title", "subtitle"];

    [Theory]
    [InlineData("titel", "title")]     // two letters swapped: one edit
    [InlineData("tilte", "title")]
    [InlineData("isue", "issue")]      // one left out
    [InlineData("totals", "total")]    // one added
    [InlineData("dote", "date")]       // one changed
    [InlineData("dat", "date")]
    [InlineData("subtitel", "subtitle")]
    [InlineData("tle", "title")]       // two left out
    public void A_name_within_two_edits_is_suggested(string word, string near) =>
        Assert.Equal($"did you mean '{near}'? ", Spelling.DidYouMean(word, Keys));

    [Theory]
    [InlineData("editor")]
    [InlineData("t")]
    [InlineData("")]
    public void Nothing_is_suggested_when_every_name_is_further(string word) =>
        Assert.Equal("", Spelling.DidYouMean(word, Keys));

    [Fact]
    public void Of_names_equally_near_the_first_in_ordinal_order_is_suggested() =>
        Assert.Equal("did you mean 'bat'? ", Spelling.DidYouMean("cat", ["rat", "bat", "hat"]));

    [Fact]
    public void With_no_names_nothing_is_suggested() =>
        Assert.Equal("", Spelling.DidYouMean("title", []));
}
