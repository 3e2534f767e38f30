using BriefingBot.State;

namespace BriefingBot.Host.Tests.State;

public sealed class StateJsonTests
{
    [Fact]
    public void Bot_state_as_the_sdk_stores_it_round_trips_with_its_types()
    {
        var state = new Dictionary<string, object>
        {
            ["note"] = new LiteDbStorageContract.Note { Text = "kept", Count = 2 },
            ["recent"] = new List<int> { 1, 2, 3 },
        };

        var read = Assert.IsType<Dictionary<string, object>>(StateJson.Read(StateJson.Write(state)));

        Assert.Equal("kept", Assert.IsType<LiteDbStorageContract.Note>(read["note"]).Text);
        Assert.Equal([1, 2, 3], Assert.IsType<List<int>>(read["recent"]));
    }

    [Theory]
    [InlineData("System.Diagnostics.Process, System.Diagnostics.Process")]
    [InlineData("System.IO.FileInfo, System.Private.CoreLib.Evil")]
    [InlineData("System.Collections.Generic.List`1[[System.Diagnostics.Process, System.Diagnostics.Process]], System.Private.CoreLib")]
    public void Stored_state_naming_a_type_outside_the_allow_list_is_refused(string typeName)
    {
        var json = $"{{\"$type\":\"{typeName}\"}}";

        var error = Record.Exception(() => StateJson.Read(json));

        Assert.NotNull(error);
    }

    [Fact]
    public void The_allow_list_refusal_says_which_type_was_refused()
    {
        var error = Record.Exception(() => StateJson.Read("{\"$type\":\"System.Diagnostics.Process, System.Diagnostics.Process\"}"));

        Assert.Contains("System.Diagnostics.Process", error!.ToString());
        Assert.Contains("may not hold", error.ToString());
    }
}
