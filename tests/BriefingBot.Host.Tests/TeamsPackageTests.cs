using System.Buffers.Binary;
using System.Text.Json.Nodes;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests;

/// <summary>The Teams app package sources in deployment/teams: manifest and icons as Teams requires them.</summary>
public sealed class TeamsPackageTests
{
    private static readonly string TeamsFolder = Path.Combine(Repository.Root, "deployment", "teams");

    [Fact]
    public void The_manifest_declares_the_bot_for_personal_team_and_group_chats_with_a_current_schema()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(TeamsFolder, "manifest.json")))!;

        Assert.True(Version.Parse((string)manifest["manifestVersion"]!) >= new Version(1, 17));
        Assert.Contains("v" + (string)manifest["manifestVersion"]!, (string)manifest["$schema"]!);
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal("${{MICROSOFT_APP_ID}}", (string?)bot["botId"]);
        Assert.Equal(new[] { "personal", "team", "groupChat" }, bot["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Equal("color.png", (string?)manifest["icons"]?["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]?["outline"]);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Each_icon_is_a_square_png_of_the_size_teams_requires(string file, int size)
    {
        var (width, height, _) = PngHeader(Path.Combine(TeamsFolder, file));

        Assert.Equal((size, size), (width, height));
    }

    [Fact]
    public void The_outline_icon_has_an_alpha_channel_for_its_transparent_background()
    {
        var (_, _, colorType) = PngHeader(Path.Combine(TeamsFolder, "outline.png"));

        Assert.Equal(6, colorType); // PNG colour type 6 = RGBA
    }

    // Width, height and colour type from the PNG signature and IHDR chunk.
    private static (int Width, int Height, int ColorType) PngHeader(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)), bytes[25]);
    }
}
