namespace BriefingBot.Knowledge.Data;

/// <summary>Reads the embedded word lists under <c>Data/</c>: one row a line, fields split by tabs, '#' comments and blank lines skipped.</summary>
internal static class DataFile
{
    /// <summary>The rows of the embedded file <paramref name="fileName"/> ("places.tsv"), each split into its tab-separated fields.</summary>
    public static IEnumerable<string[]> Rows(string fileName)
    {
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream("BriefingBot.Knowledge." + fileName)
            ?? throw new InvalidOperationException($"The data file {fileName} is not embedded in the knowledge assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            yield return line.Split('\t');
        }
    }
}
