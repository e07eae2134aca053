using System.Text.Json;
using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Tests.Internal;

/// <summary>
/// The sentence for a message of System.Text.Json whose offending character cannot be told (it quotes none, and there is no
/// text to look in), and for a message no arm knows: still our words, never the framework's. The messages below are
/// System.Text.Json's own words with the quoted character left out, or words it does not use.
/// </summary>
public sealed class JsonSyntaxTests
{
    [Theory]
    [InlineData("An invalid start of a value. LineNumber: 0 | BytePositionInLine: 3.", "a value was expected")]
    [InlineData("An invalid start of a property name. Expected a '\"'.", "a member name in double quotes was expected")]
    [InlineData("Invalid after a single JSON value. Expected end of data.", "a comma, a colon or a closing bracket was expected")]
    [InlineData("Invalid after a value. Expected either ',', '}', or ']'.", "a comma, a colon or a closing bracket was expected")]
    [InlineData("Invalid after a property name. Expected a ':'.", "a comma, a colon or a closing bracket was expected")]
    [InlineData("Invalid without a matching open.", "a closing bracket has no opening one")]
    [InlineData("The maximum configured depth of 64 has been exceeded. Cannot read next JSON array.", "objects and arrays are nested too deeply")]
    [InlineData("Something this reader has not seen.", "the text stops being JSON here")]
    public void AMessageQuotingNoCharacter_StillGetsItsSentence(string message, string reason) =>
        Assert.Equal(reason, JsonSyntax.Reason(new JsonException(message)));

    [Theory]
    [InlineData("'x' is something this reader has not seen.", "the text stops being JSON at 'x'")]
    [InlineData("'0xC2' is an invalid start of a value.", "'0xC2' cannot start a value (a value is an object, an array, a string in double quotes, a number, true, false or null)")]
    public void AMessageQuotingACharacter_NamesIt(string message, string reason) =>
        Assert.Equal(reason, JsonSyntax.Reason(new JsonException(message)));

    [Fact]
    public void TheCharacterFromTheText_WinsOverTheQuotedOne() =>
        Assert.Equal(
            "the character U+00A0 cannot start a value (a value is an object, an array, a string in double quotes, a number, true, false or null)",
            JsonSyntax.Reason(new JsonException("'0xC2' is an invalid start of a value."), "the character U+00A0"));
}
