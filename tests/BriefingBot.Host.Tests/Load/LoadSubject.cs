namespace BriefingBot.Host.Tests.Load;

/// <summary>
/// What one load-test conversation talks about: it asks who a person is, then a follow-up whose answer must
/// name that same person — so a follow-up resolved from another conversation's state shows as a wrong answer.
/// </summary>
public sealed record LoadSubject(string Name, string FollowUp, string Verb)
{
    private static readonly LoadSubject[] Subjects =
    [
        new("John Kelly", "what did he warn about?", "warned"),
        new("James Comey", "what did he warn about?", "warned"),
        new("Ayad Allawi", "what did he say?", "said"),
    ];

    /// <summary>The subject of conversation number <paramref name="conversation"/>; neighbours differ.</summary>
    public static LoadSubject For(int conversation) => Subjects[conversation % Subjects.Length];

    /// <summary>The question of a turn and how its reply must start.</summary>
    public (string Question, string ExpectedStart) Turn(int turn) => turn % 2 == 0
        ? ($"Who is {Name}?", $"{Name}: ")
        : (FollowUp, $"{Name} {Verb}");
}
