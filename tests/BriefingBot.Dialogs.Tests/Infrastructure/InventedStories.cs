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

    /// <summary>
    /// Fake pills found in a timber warehouse: a court still to decide on custody, hospitals of one country supplied, and a
    /// company described but never named, its owner named beside it.
    /// </summary>
    public const string WarehousePills = """
    Fake Pills Found In Tarnby Warehouse

    TARNBY — Police in Tarnby have arrested four men after finding 3,000 boxes of fake heart pills in a timber warehouse, prosecutors said on Tuesday.

    Piet Holm, 49, owns the Tarnby timber trading firm that rented the warehouse.

    The pills had been sold to three hospitals in Ostland, the health ministry said.

    A court in Tarnby will decide on Monday whether to keep all four in custody.

    Ada Venn, a spokeswoman for the prosecutors, said the pills held nothing but chalk.
    """;
}
