using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ModelCatalog.Cli.Export;

/// <summary>Runs a JSON writer into UTF-8 bytes, indented, with special tokens (<c>&lt;|eot_id|&gt;</c>) and non-ASCII names kept readable.</summary>
internal static class JsonText
{
    // The output is a data file, never embedded in HTML, so the relaxed encoder's only risk does not apply.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] ToUtf8(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static string ToText(Action<Utf8JsonWriter> write) => Encoding.UTF8.GetString(ToUtf8(write));
}
