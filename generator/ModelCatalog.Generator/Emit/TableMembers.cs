namespace ModelCatalog.Generator.Emit;

/// <summary>
/// The members every table's static class offers (<c>All</c>, <c>Count</c>, <c>Get</c>, <c>TryFind</c>) and its id
/// parser (<c>ModelIds</c>): written once here, filled in per table, all over the runtime's generic
/// <c>RecordTable</c>. They are the package's public API, listed in src/ModelCatalog/PublicAPI.*.txt.
/// </summary>
internal static class TableMembers
{
    private const string Members = """
        #pragma warning restore RS0016, RS0041
        #nullable enable
        // Private members start in lower case so that no generated property (always upper case or "_") can collide.
        private static global::ModelCatalog.Metadata.RecordTable<{Id}, {Record}> table => global::ModelCatalog.BuiltInCatalog.Records.{Class};

        private static readonly {Record}[] s_items = table.Index.Items;

        /// <summary>Every {noun}, in catalog order (the order of the data table's rows).</summary>
        public static global::System.Collections.Generic.IReadOnlyList<{Record}> All => table.All;

        /// <summary>The number of {plural}.</summary>
        public static int Count => s_items.Length;

        /// <summary>The {noun} with this id.</summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="{Id}"/>.</exception>
        public static {Record} Get({Id} id) => table.Get((int)id);

        /// <summary>
        /// Finds {a} by its id (<c>slug</c>), name or alias, ignoring case. Allocates nothing.
        /// </summary>
        /// <returns><see langword="true"/> when found.</returns>
        public static bool TryFind(string? nameOrIdOrAlias, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {Record}? {param}) =>
            table.TryFind(nameOrIdOrAlias, out {param});

        #if NET
        /// <summary>Finds {a} by its id, name or alias in a span of characters, ignoring case. Allocates nothing.</summary>
        /// <returns><see langword="true"/> when found.</returns>
        public static bool TryFind(global::System.ReadOnlySpan<char> nameOrIdOrAlias, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {Record}? {param}) =>
            table.TryFind(nameOrIdOrAlias, out {param});
        #endif
        #nullable restore
        """;

    private const string Parser = """
        #nullable enable
        /// <summary>
        /// Text forms of <see cref="{Id}"/>: its slug, the stable form to store and exchange. An enum cannot implement
        /// <c>IParsable</c>, so parsing lives here.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ModelCatalog.Generator", "1.0")]
        public static class {Id}s
        {
            /// <summary>The {noun}'s slug. Allocates nothing.</summary>
            /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="{Id}"/>.</exception>
            public static string ToSlug(this {Id} id) => {Class}.Get(id).Slug;

            /// <summary>The id of the {noun} with this slug, name or alias, ignoring case.</summary>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="text"/> is null.</exception>
            /// <exception cref="global::System.FormatException">No {noun} has this slug, name or alias.</exception>
            public static {Id} Parse(string text) =>
                TryParse(text ?? throw new global::System.ArgumentNullException(nameof(text)), out {Id} id) ? id : throw global::ModelCatalog.IdText.NotFound("{a}", text);

            /// <summary>Finds the id of the {noun} with this slug, name or alias, ignoring case. Allocates nothing.</summary>
            /// <returns><see langword="true"/> when found.</returns>
            public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text, out {Id} id)
            {
                bool found = {Class}.TryFind(text, out {Record}? record);
                id = found ? record!.Id : default;
                return found;
            }

        #if NET
            /// <summary>The id of the {noun} with this slug, name or alias, ignoring case.</summary>
            /// <exception cref="global::System.FormatException">No {noun} has this slug, name or alias.</exception>
            public static {Id} Parse(global::System.ReadOnlySpan<char> text) =>
                TryParse(text, out {Id} id) ? id : throw global::ModelCatalog.IdText.NotFound("{a}", text.ToString());

            /// <summary>Finds the id of the {noun} with this slug, name or alias, ignoring case. Allocates nothing.</summary>
            /// <returns><see langword="true"/> when found.</returns>
            public static bool TryParse(global::System.ReadOnlySpan<char> text, out {Id} id)
            {
                bool found = {Class}.TryFind(text, out {Record}? record);
                id = found ? record!.Id : default;
                return found;
            }
        #endif
        }
        #nullable restore
        """;

    private const string Converters = """
        #if NET
        namespace ModelCatalog.Json
        {
            /// <summary>
            /// Writes a <see cref="global::ModelCatalog.{Id}"/> as its slug, also as a dictionary key, and reads a slug, name or
            /// alias, ignoring case. Numbers are refused: a slug says what it names. <see cref="global::ModelCatalog.{Id}"/>
            /// carries it, so it applies with default options.
            /// </summary>
            [global::System.CodeDom.Compiler.GeneratedCode("ModelCatalog.Generator", "1.0")]
            public sealed class {Id}JsonConverter : CatalogJsonConverter<global::ModelCatalog.{Id}>
            {
                /// <summary>Creates the converter.</summary>
                public {Id}JsonConverter()
                    : base("{a}")
                {
                }

                private protected override bool TryFind(global::System.ReadOnlySpan<char> text, out global::ModelCatalog.{Id} value) =>
                    global::ModelCatalog.{Id}s.TryParse(text, out value);

                private protected override string Slug(global::ModelCatalog.{Id} value) => global::ModelCatalog.{Id}s.ToSlug(value);
            }

            /// <summary>
            /// Writes a <see cref="global::ModelCatalog.{Record}"/> as a reference, its slug, also as a dictionary key, and reads a
            /// slug, name or alias, ignoring case, back to the catalog's one instance. <see cref="global::ModelCatalog.{Record}"/>
            /// carries it, so a record never serializes as its graph of relationships.
            /// </summary>
            [global::System.CodeDom.Compiler.GeneratedCode("ModelCatalog.Generator", "1.0")]
            public sealed class {Record}JsonConverter : CatalogJsonConverter<global::ModelCatalog.{Record}>
            {
                /// <summary>Creates the converter.</summary>
                public {Record}JsonConverter()
                    : base("{a}")
                {
                }

                private protected override bool TryFind(global::System.ReadOnlySpan<char> text, out global::ModelCatalog.{Record} value) =>
                    global::ModelCatalog.{Class}.TryFind(text, out value!);

                private protected override string Slug(global::ModelCatalog.{Record} value) => value.Slug;
            }
        }
        #endif
        """;

    /// <summary>The per-table members, inside the table's static class.</summary>
    public static void EmitMembers<T>(CodeWriter code, IEntityWriter<T> writer)
        where T : Catalog.IEntry =>
        Emit(code, Members, writer);

    /// <summary>The id's parser class (<c>ModelIds</c>), beside the static class.</summary>
    public static void EmitParser<T>(CodeWriter code, IEntityWriter<T> writer)
        where T : Catalog.IEntry =>
        Emit(code, Parser, writer);

    /// <summary>The id's and the record's JSON converters (.NET only: System.Text.Json is part of the framework there).</summary>
    public static void EmitConverters<T>(CodeWriter code, IEntityWriter<T> writer)
        where T : Catalog.IEntry =>
        Emit(code, "#nullable enable\n" + Converters + "\n#nullable restore", writer);

    private static void Emit<T>(CodeWriter code, string template, IEntityWriter<T> writer)
        where T : Catalog.IEntry
    {
        string text = template
            .Replace("{Class}", writer.ClassName)
            .Replace("{Record}", writer.RecordType)
            .Replace("{Id}", writer.IdEnum)
            .Replace("{plural}", writer.Plural)
            .Replace("{noun}", writer.Singular)
            .Replace("{a}", writer.WithArticle)
            .Replace("{param}", writer.Parameter);
        foreach (string line in text.Split('\n'))
        {
            code.Line(line.TrimEnd('\r'));
        }
    }
}
