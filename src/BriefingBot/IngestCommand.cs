namespace BriefingBot;

/// <summary>`ingest [--articles DIR] [--store FILE]`: builds the knowledge store and prints a report.</summary>
public static class IngestCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        output.WriteLine("ingest: the knowledge store is not built yet.");
        return 1;
    }
}
