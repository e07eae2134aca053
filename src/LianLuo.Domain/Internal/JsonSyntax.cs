using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LianLuo.Domain.Internal;

/// <summary>
/// Says in our words why a text is not JSON, for every reader of JSON (calendar, policy, scheme, item documents):
/// System.Text.Json's own messages name its internals (token types, "payload", "BytePositionInLine") and are never shown.
/// The kind of mistake is told from the exception, the offending character from the text itself.
/// </summary>
internal static class JsonSyntax
{
    /// <summary>What is wrong, e.g. <c>'}' cannot start a value</c> or <c>the text ends before every object and array is closed</c>.</summary>
    internal static string Reason(JsonException ex, string? character = null)
    {
        var m = ex.Message;
        var c = character ?? QuotedToken(m);
        // Each arm matches the words of System.Text.Json 10's messages for one kind of mistake (the tests in
        // JsonSyntaxReasonsTests make each of them and check the sentence); a message none matches still gets our words.
        return m switch
        {
            _ when Has(m, "does not contain any JSON tokens") => "the text is empty: there is no JSON value in it",
            _ when Has(m, "trailing comma") => "a comma follows the last member or element; remove it",
            _ when Has(m, "invalid start of a value") => c is null ? "a value was expected" : $"{c} cannot start a value (a value is an object, an array, a string in double quotes, a number, true, false or null)",
            _ when Has(m, "invalid start of a property name") => c is null ? "a member name in double quotes was expected" : $"{c} is where a member name in double quotes was expected",
            _ when Has(m, "after a single JSON value") || Has(m, "after a value") || Has(m, "after a property name") => c is null ? "a comma, a colon or a closing bracket was expected" : $"{c} follows a complete value, where a comma, a colon or a closing bracket was expected",
            _ when Has(m, "maximum configured depth") => "objects and arrays are nested too deeply",
            _ when Has(m, "without a matching open") => c is null ? "a closing bracket has no opening one" : $"{c} closes an object or array that is not open",
            _ when Has(m, "end of comment") => "a comment is not closed",
            _ when Has(m, "reached end of data") || Has(m, "end of the JSON payload") => "the text ends before every object, array and string is closed",
            _ when Has(m, "within a number") || Has(m, "end of a number") || Has(m, "leading zero") => "a number is not written as JSON writes numbers (e.g. 12, -3.5, 1e3)",
            _ when Has(m, "escapable character") || Has(m, "hex digit") => "a backslash in a string starts no valid escape (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)",
            _ when Has(m, "within a JSON string") => "a string holds a line break or another control character; write it escaped (e.g. \\n)",
            _ when Has(m, "literal") => "a word that is not true, false or null stands where a value was expected (text goes in double quotes)",
            _ => c is null ? "the text stops being JSON here" : $"the text stops being JSON at {c}",
        };
    }

    /// <summary>
    /// <c>line L, position P</c> of the error (both 1-based; the position counts characters, not bytes) and the offending
    /// character shown from <paramref name="text"/>.
    /// </summary>
    internal static (int Line, int Position, string Reason) Locate(JsonException ex, string text)
    {
        var line = (int)(ex.LineNumber ?? 0);
        var bytePosition = (int)(ex.BytePositionInLine ?? 0);
        var bytes = Encoding.UTF8.GetBytes(text);
        // System.Text.Json counts lines by line feeds, so the text has at least `line` of them.
        var lineStart = 0;
        for (var i = 0; i < line; i++)
        {
            lineStart = Array.IndexOf(bytes, (byte)'\n', lineStart) + 1;
        }

        var at = Math.Min(bytes.Length, lineStart + bytePosition);
        var position = Encoding.UTF8.GetCharCount(bytes, lineStart, at - lineStart) + 1;
        string? character = null;
        if (Rune.DecodeFromUtf8(bytes.AsSpan(at), out var rune, out _) == System.Buffers.OperationStatus.Done)
        {
            character = Rune.IsControl(rune) || Rune.IsWhiteSpace(rune)
                ? string.Create(CultureInfo.InvariantCulture, $"the character U+{rune.Value:X4}")
                : $"'{rune}'";
        }

        return (line + 1, position, Reason(ex, character));
    }

    /// <summary>Our one sentence for a text that is not JSON: <c>not valid JSON at line 3, position 14: … </c>.</summary>
    internal static string Describe(JsonException ex, string text)
    {
        var (line, position, reason) = Locate(ex, text);
        return string.Create(CultureInfo.InvariantCulture, $"not valid JSON at line {line}, position {position}: {reason}");
    }

    /// <summary>Why a string that escapes half of a UTF-16 pair is refused (System.Text.Json cannot make it a string).</summary>
    internal const string BrokenEscape = "a string escapes half of a character: \\uD800-\\uDBFF must be followed by \\uDC00-\\uDFFF, and these come only after it";

    /// <summary>Why a string token is refused: its bytes are not UTF-8, or its escapes encode half of a UTF-16 pair.</summary>
    /// <remarks>Every reader here reads a span (a whole text, or the streaming reader's buffer), never a sequence.</remarks>
    internal static string WhyNotAString(ref Utf8JsonReader reader) =>
        System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)
            ? BrokenEscape
            : "a string is not valid UTF-8 text (save the file as UTF-8)";

    /// <summary>
    /// The string of a string or member-name token, or null when it cannot be one: its escapes encode half of a UTF-16 pair,
    /// or its bytes are not UTF-8 (<see cref="WhyNotAString"/> says which).
    /// </summary>
    internal static string? StringOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // Thrown by GetString for \uD800 without its low surrogate (and the like), or for bytes that are not UTF-8.
            return null;
        }
    }

    /// <summary>
    /// Where the first string or member name of a parsed text escapes half of a UTF-16 pair (<c>"\uD800"</c>), which the parser
    /// accepts but no reader can turn into a string: (line, position), both 1-based, the position in characters; null when none does.
    /// </summary>
    internal static (int Line, int Position)? FindBrokenEscape(string json, JsonDocumentOptions options)
    {
        if (!json.Contains("\\u", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = options.AllowTrailingCommas, CommentHandling = options.CommentHandling, MaxDepth = options.MaxDepth });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && StringOf(ref reader) is null)
            {
                var at = (int)reader.TokenStartIndex;
                // The token's own first byte is a quote, never a line feed: looking back from it finds the line's start.
                var lineStart = Array.LastIndexOf(bytes, (byte)'\n', at) + 1;
                var line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
                return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, at - lineStart) + 1);
            }
        }

        return null;
    }

    private static bool Has(string message, string words) => message.Contains(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>The character System.Text.Json quotes at the start of its message (<c>'}' is an invalid …</c>), when it does.</summary>
    private static string? QuotedToken(string message)
    {
        if (message.Length >= 3 && message[0] == '\'')
        {
            var close = message.IndexOf('\'', 2);
            if (close > 1 && close <= 12)
            {
                return message[..(close + 1)];
            }
        }

        return null;
    }
}
