namespace BriefingBot.Knowledge.Query;

/// <summary>Optimal-string-alignment distance checks for short words.</summary>
public static class EditDistance
{
    /// <summary>True when the words differ by at most one insertion, deletion, substitution or adjacent transposition.</summary>
    public static bool AtMostOne(string a, string b)
    {
        if (a == b) return true;
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a[(i + 1)..] == b[(i + 1)..]) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..];
        }

        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }
}
