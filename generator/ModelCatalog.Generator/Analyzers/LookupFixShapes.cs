namespace ModelCatalog.Generator.Analyzers;

/// <summary>
/// How the code fix rewrites a lookup whose constant text matches an entry: the analyzer decides (it has the
/// operations), the code fix (ModelCatalog.CodeFixes) only edits syntax. Both read these names from here.
/// </summary>
public static class LookupFixShapes
{
    /// <summary>Diagnostic property: one of the shapes below.</summary>
    public const string ShapeKey = "Shape";

    /// <summary>Diagnostic property: the member to use instead, fully qualified (<c>global::ModelCatalog.ModelId.Llama3</c>).</summary>
    public const string ValueKey = "Value";

    /// <summary><c>ModelIds.Parse("llama-3")</c> becomes the value.</summary>
    public const string Replace = "Replace";

    /// <summary><c>Models.Get(ModelIds.Parse("llama-3"))</c>: the <c>Get</c> call becomes the value.</summary>
    public const string ReplaceGet = "ReplaceGet";

    /// <summary>The statement <c>Models.TryFind("x", out var m);</c> becomes <c>var m = value;</c>.</summary>
    public const string DeclareLocal = "DeclareLocal";

    /// <summary>The statement <c>Models.TryFind("x", out m);</c> becomes <c>m = value;</c>.</summary>
    public const string AssignLocal = "AssignLocal";

    /// <summary><c>if (Models.TryFind("x", out var m))</c> becomes <c>if (value is var m)</c>: true, and <c>m</c> declared and assigned as before.</summary>
    public const string PatternDeclare = "PatternDeclare";

    /// <summary><c>if (Models.TryFind("x", out m))</c> becomes <c>if ((m = value) != null)</c>, for records (never null).</summary>
    public const string AssignNotNull = "AssignNotNull";

    /// <summary><c>table.TryFind("x", out var m)</c> on a table instance becomes <c>table.TryGet(id, out var m)</c>.</summary>
    public const string TryGet = "TryGet";
}
