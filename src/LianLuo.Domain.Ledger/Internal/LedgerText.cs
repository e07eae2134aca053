using System.Text;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>How the bytes of a ledger were turned into text.</summary>
internal enum LedgerEncoding
{
    /// <summary>UTF-8 (with or without BOM).</summary>
    Utf8 = 1,

    /// <summary>GB18030, because the bytes are not valid UTF-8.</summary>
    Gb18030 = 2,

    /// <summary>A UTF-16 byte order mark: not a ledger encoding; no text is read.</summary>
    Utf16 = 3,
}

/// <summary>
/// The text helpers of the ledger reader: its encodings (UTF-8 with or without BOM, else GB18030 when the bytes are not
/// valid UTF-8; <see cref="LedgerDecoder"/> decides which), the replacement character that marks undecodable bytes, and a
/// quick trim of cells.
/// </summary>
internal static class LedgerText
{
    /// <summary>The GB18030 code page.</summary>
    private const int Gb18030CodePage = 54936;

    private static readonly Lazy<Encoding> StrictGb18030 = new(() => CreateGb18030(DecoderFallback.ExceptionFallback));
    private static readonly Lazy<Encoding> LossyGb18030 = new(() => CreateGb18030(new DecoderReplacementFallback("\uFFFD")));

    /// <summary>UTF-8 that replaces undecodable bytes by U+FFFD.</summary>
    internal static readonly UTF8Encoding LossyUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>GB18030 that throws on undecodable bytes, or replaces them by U+FFFD.</summary>
    internal static Encoding Gb18030(bool lossy) => lossy ? LossyGb18030.Value : StrictGb18030.Value;

    /// <summary>The replacement character that marks undecodable bytes.</summary>
    internal const char Replacement = '\uFFFD';

    /// <summary>
    /// <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/>, exactly (the same white space, <see cref="char.IsWhiteSpace(char)"/>), but quick
    /// on Chinese text: no white space lies between U+0100 and U+167F or above U+3000, so those characters are not looked up.
    /// </summary>
    internal static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary><see cref="char.IsWhiteSpace(char)"/>, without the table look-up for characters that cannot be white space.</summary>
    internal static bool IsWhiteSpace(char c) => c <= '\u00FF' ? char.IsWhiteSpace(c) : c is >= '\u1680' and <= '\u3000' && char.IsWhiteSpace(c);

    private static Encoding CreateGb18030(DecoderFallback fallback)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, fallback);
    }
}
