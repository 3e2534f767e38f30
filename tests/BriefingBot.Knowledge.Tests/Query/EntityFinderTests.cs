using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Query;

[Collection(BundledArticle.Name)]
public sealed class EntityFinderTests(BundledKnowledge fixture)
{
    private string? Found(string question) => fixture.Knowledge.FindEntities(question).FirstOrDefault()?.Entity.Name;

    [Theory]
    [InlineData("what did comey warn about?", "James Comey")]
    [InlineData("What is Baghdadi's group?", "Abu Bakr al-Baghdadi")]
    [InlineData("tell me about al qaeda", "al-Qaeda")]
    [InlineData("Tell me about AL-QAEDA.", "al-Qaeda")]
    [InlineData("where is aqap based?", "al-Qaeda in the Arabian Peninsula")]
    [InlineData("what does the U.S. do?", "United States")]
    [InlineData("who is comeys boss", "James Comey")]
    public void Names_aliases_and_possessives_are_found_whatever_the_case_or_punctuation(string question, string expected)
    {
        Assert.Equal(expected, Found(question));
    }

    [Theory]
    [InlineData("who is the FBI director?", "James Comey")]
    [InlineData("what did the vice president say?", "Ayad Allawi")]
    [InlineData("who is the al-Qaeda chief", "Ayman al Zawahiri")]
    [InlineData("what did the al-Qaeda leader say", "Ayman al Zawahiri")]
    [InlineData("what did the Homeland Security secretary warn?", "John Kelly")]
    public void Role_phrases_find_the_person_holding_the_role(string question, string expected)
    {
        Assert.Equal(expected, Found(question));
    }

    [Fact]
    public void A_one_letter_typo_in_a_long_name_is_tolerated()
    {
        Assert.Equal("Ayad Allawi", Found("what did allawy say"));
        Assert.Equal("Ayman al Zawahiri", Found("who is zawahri"));
    }

    [Fact]
    public void A_truncated_name_that_is_another_word_does_not_match()
    {
        Assert.Empty(fixture.Knowledge.FindEntities("what happened in Baghdad?"));
    }

    [Fact]
    public void Short_words_are_not_typo_matched_and_the_pronoun_us_is_not_the_country()
    {
        Assert.Empty(fixture.Knowledge.FindEntities("can you tell us about Kely"));
    }

    [Fact]
    public void Several_entities_come_back_without_overlap_longest_first()
    {
        var matches = fixture.Knowledge.FindEntities("Did AQAP or al-Qaeda in the Arabian Peninsula attack the United States?");

        Assert.Equal("al-Qaeda in the Arabian Peninsula", matches[0].Entity.Name);
        Assert.Equal("al-Qaeda in the Arabian Peninsula", matches[0].Surface);
        Assert.Contains(matches, m => m.Entity.Name == "United States");
        Assert.Contains(matches, m => m.Surface == "AQAP");
    }
}
