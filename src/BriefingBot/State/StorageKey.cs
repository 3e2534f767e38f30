using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.State;

/// <summary>
/// Maps a Bot Builder storage key to a LiteDB document id. Keys embed channel and conversation ids that a
/// caller chooses, and LiteDB index keys are limited in size, so long keys are replaced by their SHA-256.
/// </summary>
public static class StorageKey
{
    /// <summary>Longest key (in UTF-8 bytes) stored as itself.</summary>
    public const int MaxPlainBytes = 256;

    /// <summary>The document id for a storage key.</summary>
    public static string IdOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Encoding.UTF8.GetByteCount(key) <= MaxPlainBytes)
        {
            return key;
        }

        return "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
