namespace BriefingBot.Host.Tests.Faults;

/// <summary>Questions about the bundled article with a reply prefix that shows they were understood.</summary>
public static class BriefingQuestions
{
    public const string WhoIsKelly = "Who is John Kelly?";

    public const string KellyIs = "John Kelly: ";

    public const string WhatDidHeWarnAbout = "what did he warn about?";

    public const string KellyWarned = "John Kelly warned";

    public const string NoBriefing = "No briefing is loaded";
}
