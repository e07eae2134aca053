using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Tests.Internal;

/// <summary>The library's one way of writing JSON: indented, UTF-8, Chinese left as it is (docs/tally-json.md, items-json.md).</summary>
public sealed class JsonTextTests
{
    [Fact]
    public void Write_IsIndentedWithChineseUnescaped()
    {
        var text = JsonText.Write(("市教育局", 3), (json, value) =>
        {
            json.WriteStartObject();
            json.WriteString("unit", value.Item1);
            json.WriteNumber("persons", value.Item2);
            json.WriteEndObject();
        });

        Assert.Equal(string.Join(Environment.NewLine, "{", "  \"unit\": \"市教育局\",", "  \"persons\": 3", "}"), text);
    }
}
