using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LianLuo.Domain.Internal;

/// <summary>
/// The one set of JSON options of the library's documents: every writer writes indented UTF-8 text with Chinese left
/// unescaped (<see cref="Indented"/>); the files people edit by hand and load whole (assessment schemes, calendar data)
/// are read with <see cref="HandEdited"/>. The streaming readers (item documents, deadline policies) go through
/// <see cref="DocumentNodeReader"/>, which allows no comments, as their contracts say.
/// </summary>
internal static class JsonText
{
    internal static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Comments are skipped and a trailing comma is allowed: what a person editing a scheme or calendar file writes.</summary>
    internal static readonly JsonDocumentOptions HandEdited = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    internal static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            write(json, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
