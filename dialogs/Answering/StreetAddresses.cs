using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "What is the address of the shop" asks for a street address: a number with a street's name ("14 Harbour Street",
/// "Hauptstrasse 12", "Via Roma 3"). A sentence that only names the town the shop is in does not give one.
/// </summary>
public static partial class StreetAddresses
{
    /// <summary>True when the question asks for an address ("what is the address of …"), not about one ("the address leak").</summary>
    public static bool Asked(string normalized) => AddressQuestion().IsMatch(normalized);

    /// <summary>The street address the sentence writes, or null.</summary>
    public static string? In(string text) =>
        NumberFirst().Match(text) is { Success: true } first ? first.Value
        : NameFirst().Match(text) is { Success: true } name ? name.Value : null;

    [GeneratedRegex(@"^(?:and )?what(?:'s|s| is| was| are| were) (?:the |his |her |its |their )?(?:exact |home |street |full )?address(?:es)?\b")]
    private static partial Regex AddressQuestion();

    [GeneratedRegex(@"\b\d{1,4}[A-Za-z]?,? (?:[A-Z][\p{L}'-]+ ){1,3}(?:Street|Road|Avenue|Lane|Boulevard|Square|Drive|Place|Quay|Terrace|Crescent|Way|Row|Close|Court)\b")]
    private static partial Regex NumberFirst();

    [GeneratedRegex(@"\b(?:(?:Rue|Via|Calle|Avenida|Rua|Ulica|Strada|Avenue|Boulevard) (?:(?:de|du|des|la|del|di|da) )?[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?|[A-Z][\p{L}'-]*(?:gade|vej|straße|strasse|weg|plein|laan|gracht|gatan|vägen|torget|katu|iela|utca)) \d{1,4}[a-z]?\b")]
    private static partial Regex NameFirst();
}
