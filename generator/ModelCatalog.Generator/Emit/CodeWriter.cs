namespace ModelCatalog.Generator.Emit;

/// <summary>
/// A text buffer with indentation: the emitters write C# line by line, never through syntax trees. A line may be
/// written whole (<see cref="Line"/>) or in pieces (<see cref="Start"/>, <see cref="Text"/>, <see cref="End"/>), so
/// that values go straight into the output instead of through intermediate strings.
/// </summary>
internal sealed class CodeWriter
{
    private int _indent;

    private readonly System.Text.StringBuilder _builder = new();

    public System.Text.StringBuilder Builder => _builder;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line with the indentation and <paramref name="text"/>; <see cref="End"/> finishes it.</summary>
    public CodeWriter Start(string text)
    {
        _builder.Append(' ', _indent * 4);
        _builder.Append(text);
        return this;
    }

    /// <summary>Starts a line of XML documentation: <c>/// </c>.</summary>
    public CodeWriter DocLine() => Start("/// ");

    public CodeWriter Text(string text)
    {
        _builder.Append(text);
        return this;
    }

    public CodeWriter Text(int value)
    {
        _builder.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Table text inside a <c>///</c> comment, escaped as <see cref="DocText"/> says.</summary>
    public CodeWriter Doc(string text)
    {
        DocText.Append(_builder, text);
        return this;
    }

    /// <summary>A link to a generated member with table text shown: <c>&lt;see cref="Models.Llama"&gt;LLaMA&lt;/see&gt;</c>.</summary>
    public CodeWriter See(string className, string identifier, string shown) =>
        Text("<see cref=\"").Text(className).Text(".").Text(identifier).Text("\">").Doc(shown).Text("</see>");

    public CodeWriter Text(char c)
    {
        _builder.Append(c);
        return this;
    }

    public CodeWriter End(string text = "")
    {
        _builder.Append(text);
        _builder.Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public override string ToString() => _builder.ToString();

}
