namespace BriefBuilder.Cli;

/// <summary>What the process tells its caller: scripts and CI tell bad input from a mistyped command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
}
