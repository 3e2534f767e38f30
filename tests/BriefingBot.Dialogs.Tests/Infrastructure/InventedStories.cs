namespace BriefingBot.Dialogs.Tests.Infrastructure;

/// <summary>Invented article texts that more than one test class reads.</summary>
public static class InventedStories
{
    /// <summary>Rifles stolen from a barracks; a unit head of a police agency ("who heads Tarnpol's firearms trafficking team") speaks.</summary>
    public const string BarracksRifles = """
    Rifles Stolen From Tarnby Barracks

    TARNBY — Thieves have stolen 40 rifles from an army barracks in Tarnby, the defence ministry said on Monday.

    The investigation was run by a joint team of Tarnian and Ostian prosecutors, with support from Tarnpol, the regional police agency.

    Jon Dale, who heads Tarnpol's firearms trafficking team, said guns supplied by the network had been linked to at least 17 shootings in Tarnia and Ostland.
    """;
}
