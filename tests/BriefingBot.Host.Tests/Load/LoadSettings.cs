namespace BriefingBot.Host.Tests.Load;

/// <summary>
/// Size of the load test: small by default so CI stays quick; BRIEFINGBOT_LOAD_CONVERSATIONS,
/// BRIEFINGBOT_LOAD_TURNS and BRIEFINGBOT_LOAD_SECONDS (the hard time cap) make bigger runs.
/// </summary>
public sealed record LoadSettings(int Conversations, int Turns, TimeSpan Cap)
{
    public static LoadSettings FromEnvironment() => new(
        Read("BRIEFINGBOT_LOAD_CONVERSATIONS", 10),
        Read("BRIEFINGBOT_LOAD_TURNS", 50),
        TimeSpan.FromSeconds(Read("BRIEFINGBOT_LOAD_SECONDS", 120)));

    private static int Read(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
