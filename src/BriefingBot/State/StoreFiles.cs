namespace BriefingBot.State;

/// <summary>
/// A LiteDB store's files on disk: the data file and its write-ahead log (<c>NAME-log.EXT</c>).
/// Opening a damaged file can change it, so it is copied before it is checked.
/// </summary>
public sealed class StoreFiles
{
    private readonly string _data;
    private readonly string _log;

    /// <summary>The files of the store at <paramref name="dataPath"/>.</summary>
    public StoreFiles(string dataPath)
    {
        _data = dataPath;
        _log = Path.Combine(Path.GetDirectoryName(dataPath)!,
            Path.GetFileNameWithoutExtension(dataPath) + "-log" + Path.GetExtension(dataPath));
    }

    /// <summary>Copies the files beside themselves; null when there is no store yet.</summary>
    public StoreFiles? Snapshot()
    {
        if (!File.Exists(_data))
        {
            return null;
        }

        var copy = new StoreFiles($"{_data}.checking-{Environment.ProcessId}");
        copy.Delete();
        File.Copy(_data, copy._data);
        if (File.Exists(_log))
        {
            File.Copy(_log, copy._log);
        }

        return copy;
    }

    /// <summary>Renames the files to <paramref name="dataPath"/> (and its log beside it); returns that path.</summary>
    public string KeepAs(string dataPath)
    {
        File.Move(_data, dataPath);
        if (File.Exists(_log))
        {
            File.Move(_log, dataPath + "-log");
        }

        return dataPath;
    }

    /// <summary>Deletes the files that exist.</summary>
    public void Delete()
    {
        File.Delete(_data);
        File.Delete(_log);
    }
}
