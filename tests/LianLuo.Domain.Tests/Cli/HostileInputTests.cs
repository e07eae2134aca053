using System.Text;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Cli;

/// <summary>Input that was accepted silently or answered with a misleading message (issue 14): each is now a clear error.</summary>
public sealed class HostileInputTests() : CliFixture("lianluo-hostile-")
{
    [Fact]
    public void Score_SchemeWithADuplicateKey_IsRefusedNamingTheLine()
    {
        var scheme = EvaluationSchemeJson.Write(EvaluationPresets.Default)
            .Replace("\"name\": \"默认考核方案\"", "\"name\": \"默认考核方案\",\n  \"name\": \"另一个名称\"", StringComparison.Ordinal);
        var file = Write("scheme.json", scheme);
        var line = scheme[..scheme.IndexOf("另一个名称", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (code, _, err) = Run("score", "--scheme", file);

        Assert.Equal(2, code);
        Assert.Equal($"{file}:{line}: name: the key 'name' is given more than once in the scheme; a scheme names each key once (value: \"另一个名称\")", err.TrimEnd());
    }

    [Fact]
    public void Score_SchemeThatIsNotUtf8_IsRefusedNamingTheByte()
    {
        var file = Path.Combine(Path.GetDirectoryName(Write("x", string.Empty))!, "gbk.json");
        var bytes = Encoding.UTF8.GetBytes("{\n  \"name\": \"X\"\n}").ToList();
        bytes.InsertRange(13, [0xC4, 0xFA]); // 您 in GBK, inside the name: not UTF-8
        File.WriteAllBytes(file, [.. bytes]);

        var (code, _, err) = Run("score", "--scheme", file);

        Assert.Equal(2, code);
        Assert.Equal($"{file}:2: $: the file is not valid UTF-8: byte 13 (0xC4) starts no UTF-8 character; save the scheme as UTF-8", err.TrimEnd());
    }

    [Theory]
    [InlineData("score", "--scheme")]
    [InlineData("score", "--items")]
    [InlineData("report", "--items")]
    [InlineData("validate", "--items")]
    public void Command_DirectoryGivenAsAFile_SaysItIsADirectory(string command, string option)
    {
        var directory = Path.GetDirectoryName(Write("x", string.Empty))!;

        var (code, _, err) = Run(command, option, directory);

        Assert.Equal(2, code);
        Assert.Contains($"{directory} is a directory, not a file", err, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", err, StringComparison.Ordinal);
    }
}
