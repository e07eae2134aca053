using System.Text;
using System.Text.Unicode;

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
/// The text of a ledger file: UTF-8 with or without BOM, else GB18030 when the bytes are not valid UTF-8.
/// <see cref="IsLossy"/> tells that some bytes could not be decoded and were replaced by U+FFFD.
/// </summary>
internal sealed record LedgerText(string Text, LedgerEncoding Encoding, bool IsLossy)
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

    /// <summary>
    /// Decodes a ledger. NUL characters, which no text ledger holds (they come from UTF-16 or binary files), are
    /// replaced by U+FFFD like undecodable bytes, so that they are reported where they are (and never taken by the
    /// CSV parser for its comment marker).
    /// </summary>
    internal static LedgerText Decode(ReadOnlySpan<byte> bytes)
    {
        var decoded = DecodeBytes(bytes);
        return decoded.Text.Contains('\0', StringComparison.Ordinal)
            ? decoded with { Text = decoded.Text.Replace('\0', Replacement), IsLossy = true }
            : decoded;
    }

    private static LedgerText DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new LedgerText(string.Empty, LedgerEncoding.Utf16, IsLossy: true);
        }

        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasBom ? bytes[3..] : bytes;
        if (Utf8.IsValid(body))
        {
            return new LedgerText(LossyUtf8.GetString(body), LedgerEncoding.Utf8, IsLossy: false);
        }

        if (hasBom)
        {
            // The BOM says UTF-8: keep to it and mark the bad bytes.
            return new LedgerText(LossyUtf8.GetString(body), LedgerEncoding.Utf8, IsLossy: true);
        }

        try
        {
            return new LedgerText(StrictGb18030.Value.GetString(body), LedgerEncoding.Gb18030, IsLossy: false);
        }
        catch (DecoderFallbackException)
        {
            return new LedgerText(LossyGb18030.Value.GetString(body), LedgerEncoding.Gb18030, IsLossy: true);
        }
    }

    private static Encoding CreateGb18030(DecoderFallback fallback)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, fallback);
    }
}
