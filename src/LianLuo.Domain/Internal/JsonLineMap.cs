using System.Globalization;
using System.Text.Json;

namespace LianLuo.Domain.Internal;

/// <summary>
/// Where each value of a JSON text starts: its JSON path (as the problems write it: <c>indicators[0].maxPoints</c>,
/// <c>$</c> for the root) mapped to its 1-based line. For a property, the line of its key. Built only when a document
/// has problems (the scheme and calendar readers share it), by one pass of a <see cref="Utf8JsonReader"/> over the text.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    public static JsonLineMap Of(string json, JsonDocumentOptions options)
    {
        var map = new JsonLineMap();
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var lineStarts = new List<long> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.CommentHandling,
            MaxDepth = options.MaxDepth,
        });
        var containers = new Stack<(string Path, bool IsArray)>();
        var indexes = new Stack<int>();
        var property = string.Empty;
        while (reader.Read())
        {
            var line = LineAt(lineStarts, reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var parent = containers.Peek().Path;
                    // A name escaping half a character cannot be a string; its raw text still keys its line.
                    var name = JsonSyntax.StringOf(ref reader) ?? System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                    property = parent.Length == 0 ? name : $"{parent}.{name}";
                    map.lines[property] = line;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    indexes.Pop();
                    break;
                default:
                    string path;
                    if (containers.Count == 0)
                    {
                        path = string.Empty;
                        map.lines["$"] = line;
                    }
                    else if (containers.Peek().IsArray)
                    {
                        var index = indexes.Pop();
                        indexes.Push(index + 1);
                        path = $"{containers.Peek().Path}[{index.ToString(CultureInfo.InvariantCulture)}]";
                        map.lines[path] = line;
                    }
                    else
                    {
                        path = property;
                    }

                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        containers.Push((path, reader.TokenType == JsonTokenType.StartArray));
                        indexes.Push(0);
                    }

                    break;
            }
        }

        return map;
    }

    /// <summary>The line of the path, else of its nearest enclosing path that the text has, else of the root.</summary>
    public int? LineOf(string path)
    {
        while (path.Length > 0 && path != "$")
        {
            if (lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut <= 0 ? string.Empty : path[..cut];
        }

        return lines.TryGetValue("$", out var root) ? root : null;
    }

    private static int LineAt(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
