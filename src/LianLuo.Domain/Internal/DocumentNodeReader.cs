using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LianLuo.Domain.Internal;

/// <summary>A JSON value as the streaming reader captured it, with the 1-based line where it starts (JSON values of one item or one activity only: small).</summary>
internal sealed class DocumentNode
{
    internal DocumentNode(JsonTokenType kind, int line) => (Kind, Line) = (kind, line);

    internal JsonTokenType Kind { get; }

    internal int Line { get; }

    /// <summary>The text of a string (unescaped) or the raw text of a number.</summary>
    internal string? Text { get; init; }

    /// <summary>The members of an object, in order (duplicates are reported while reading and only the first is kept).</summary>
    internal List<KeyValuePair<string, DocumentNode>>? Members { get; init; }

    /// <summary>The elements of an array.</summary>
    internal List<DocumentNode>? Elements { get; init; }

    internal DocumentNode? this[string name]
    {
        get
        {
            if (Members is null)
            {
                return null;
            }

            foreach (var (key, value) in Members)
            {
                if (string.Equals(key, name, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            return null;
        }
    }

    /// <summary>The value as an error message shows it: strings quoted, containers abbreviated, long text cut.</summary>
    internal string Shown => Kind switch
    {
        JsonTokenType.String => Cut("\"" + Text + "\""),
        JsonTokenType.Number => Cut(Text ?? string.Empty),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "{…}",
        JsonTokenType.StartArray => "[…]",
        _ => Kind.ToString(),
    };

    private static string Cut(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "…");
}

/// <summary>The document cannot be read on: malformed JSON, too deep, a value too large, or the stream failed.</summary>
internal sealed class JsonStopException(int line, string reason, string? value) : Exception(reason)
{
    internal int Line { get; } = line;

    internal string Reason { get; } = reason;

    internal string? Value { get; } = value;
}

/// <summary>
/// Pulls JSON tokens from a stream with <see cref="Utf8JsonReader"/> over a reusable buffer: the text is never held whole, only
/// the token being read (which a value-size limit bounds). Tracks the 1-based line of every token (raw line feeds appear in
/// JSON only between tokens, so counting them up to a token's start gives its line). Not thread-safe; one per read.
/// </summary>
internal sealed class DocumentNodeReader : IDisposable
{
    private readonly Stream stream;
    private readonly int maxValueBytes;
    private readonly int maxDepth;

    /// <summary>The members and elements from the value <see cref="ReadNode"/> started at down to the one being read.</summary>
    private readonly List<(string? Name, int Index)> trail = [];
    private byte[] buffer;
    private int start;
    private int end;
    private int scanned;
    private int line = 1;
    private bool final;
    private bool begun;
    private JsonReaderState state;

    internal DocumentNodeReader(Stream stream, int maxDepth, int maxValueBytes)
    {
        this.stream = stream;
        this.maxDepth = maxDepth;
        this.maxValueBytes = maxValueBytes;
        buffer = ArrayPool<byte>.Shared.Rent(Math.Min(64 * 1024, maxValueBytes + 1024));

        // One more level than allowed, so that the reader itself never throws on depth and the limit's message is ours.
        state = new JsonReaderState(new JsonReaderOptions { MaxDepth = maxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
    }

    /// <summary>The kind of the current token.</summary>
    internal JsonTokenType TokenType { get; private set; } = JsonTokenType.None;

    /// <summary>The line where the current token starts.</summary>
    internal int TokenLine { get; private set; }

    /// <summary>The text of the current string or property name (unescaped) or the raw text of a number.</summary>
    internal string? TokenText { get; private set; }

    /// <summary>Reads the next token; false at the end of the document.</summary>
    /// <exception cref="JsonStopException">The JSON is malformed, too deep, holds a value too large, or the stream failed.</exception>
    internal bool Read()
    {
        while (true)
        {
            if (!begun)
            {
                Fill();
                begun = true;
                if (end - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF)
                {
                    start += 3;
                    scanned = start;
                }
            }

            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException ex)
            {
                // The reader state carries the line count across buffers, so the exception's (0-based) line is the document's.
                CountLines(start);
                throw new JsonStopException(ex.LineNumber is { } at ? (int)at + 1 : line, "not valid JSON: " + JsonSyntax.Reason(ex), null);
            }

            if (read)
            {
                var tokenStart = start + (int)reader.TokenStartIndex;
                CountLines(tokenStart);
                TokenLine = line;
                TokenType = reader.TokenType;
                TokenText = reader.TokenType switch
                {
                    JsonTokenType.String or JsonTokenType.PropertyName => JsonSyntax.StringOf(ref reader)
                        ?? throw new JsonStopException(TokenLine, "not valid JSON: " + JsonSyntax.WhyNotAString(ref reader), null),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    throw new JsonStopException(TokenLine, string.Create(CultureInfo.InvariantCulture, $"the document is more than {maxDepth} levels deep"), null);
                }

                start += (int)reader.BytesConsumed;
                state = reader.CurrentState;
                return true;
            }

            if (final)
            {
                return false;
            }

            // The token is not whole in the buffer: keep what is left, grow the buffer when it is full, read more.
            start += (int)reader.BytesConsumed;
            state = reader.CurrentState;
            if (end - start > maxValueBytes)
            {
                CountLines(start);
                throw new JsonStopException(line, string.Create(CultureInfo.InvariantCulture, $"a value is longer than {maxValueBytes} bytes (the limit of a single value)"), null);
            }

            Fill();
        }
    }

    /// <summary>Reads the value that starts at the current token into a node (containers whole).</summary>
    /// <param name="duplicate">
    /// Called for a member that repeats an earlier one with its line, its path from the value read (<c>.date</c>, or
    /// <c>.events[1].date</c> deeper down: append it to the value's own path), its name and its node.
    /// </param>
    internal DocumentNode ReadNode(Action<int, string, string, DocumentNode>? duplicate = null)
    {
        trail.Clear();
        return ReadNodeWithin(duplicate);
    }

    /// <summary>The path of the member being read, from the value <see cref="ReadNode"/> started at: made into text only for a duplicate.</summary>
    private string TrailPath()
    {
        var path = new StringBuilder();
        foreach (var (name, index) in trail)
        {
            _ = name is null ? path.Append(CultureInfo.InvariantCulture, $"[{index}]") : path.Append('.').Append(name);
        }

        return path.ToString();
    }

    private DocumentNode ReadNodeWithin(Action<int, string, string, DocumentNode>? duplicate)
    {
        var kind = TokenType;
        var nodeLine = TokenLine;
        switch (kind)
        {
            case JsonTokenType.StartObject:
                var members = new List<KeyValuePair<string, DocumentNode>>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                while (Next() != JsonTokenType.EndObject)
                {
                    var name = TokenText!;
                    var memberLine = TokenLine;
                    Next();
                    trail.Add((name, 0));
                    var value = ReadNodeWithin(duplicate);
                    if (names.Add(name))
                    {
                        members.Add(new(name, value));
                    }
                    else
                    {
                        duplicate?.Invoke(memberLine, TrailPath(), name, value);
                    }

                    trail.RemoveAt(trail.Count - 1);
                }

                return new DocumentNode(kind, nodeLine) { Members = members };
            case JsonTokenType.StartArray:
                var elements = new List<DocumentNode>();
                while (Next() != JsonTokenType.EndArray)
                {
                    trail.Add((null, elements.Count));
                    elements.Add(ReadNodeWithin(duplicate));
                    trail.RemoveAt(trail.Count - 1);
                }

                return new DocumentNode(kind, nodeLine) { Elements = elements };
            default:
                return new DocumentNode(kind, nodeLine) { Text = TokenText };
        }
    }

    /// <summary>Skips the value that starts at the current token.</summary>
    internal void Skip()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = 1;
        while (depth > 0)
        {
            var next = Next();
            if (next is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                depth++;
            }
            else if (next is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                depth--;
            }
        }
    }

    /// <summary>Reads the next token, which must exist (the reader has already checked the JSON is well formed so far).</summary>
    internal JsonTokenType Next() =>
        Read() ? TokenType : throw new JsonStopException(line, "not valid JSON: the document ends early", null);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
    }

    private void CountLines(int upTo)
    {
        if (upTo > scanned)
        {
            line += buffer.AsSpan(scanned, upTo - scanned).Count((byte)'\n');
            scanned = upTo;
        }
    }

    private void Fill()
    {
        CountLines(start);
        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
        end -= start;
        scanned -= start;
        start = 0;

        if (end == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
            Buffer.BlockCopy(buffer, 0, larger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        while (end < buffer.Length)
        {
            int n;
            try
            {
                n = stream.Read(buffer, end, buffer.Length - end);
            }
            catch (IOException ex)
            {
                throw new JsonStopException(line, "the document cannot be read: " + ex.Message, null);
            }

            if (n == 0)
            {
                final = true;
                return;
            }

            end += n;
        }
    }
}
