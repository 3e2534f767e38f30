namespace BriefingBot.Host.Tests.State;

/// <summary>A store path the process cannot create.</summary>
public static class Unwritable
{
    /// <summary>
    /// A path in a read-only folder. Root ignores folder permissions (these tests often run as root in
    /// containers), so there the "folder" is a regular file, which the OS refuses to create anything under.
    /// </summary>
    public static string StorePath(TempFolder folder)
    {
        var data = folder.PathOf("data");
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            File.WriteAllText(data, "a file where the data folder should be");
            return Path.Combine(data, "state.db");
        }

        Directory.CreateDirectory(data);
        File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return Path.Combine(data, "state.db");
    }
}
