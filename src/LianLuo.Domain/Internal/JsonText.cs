using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LianLuo.Domain.Internal;

/// <summary>Writes JSON documents as indented UTF-8 text with Chinese left unescaped (our JSON writers share this).</summary>
internal static class JsonText
{
    internal static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
