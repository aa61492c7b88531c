using CsvHelper;

namespace ModelCatalog.Tests;

/// <summary>
/// The checkpoints table as the runtime gives it. The registry test's oracle is Fixtures/reference-checkpoints-v0.9.2.tsv,
/// written from LLaMA-Factory v0.9.2's registry (src/llamafactory/extras/constants.py at the tag, commit
/// e2299e261be852304bb1d370515078193ab12bd8), not from data/checkpoints.csv.
/// </summary>
public sealed class CheckpointTests
{
    private sealed record RegistryEntry(string Template, string Name, string HuggingFace, string ModelScope);

    private static List<RegistryEntry> Registry() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference-checkpoints-v0.9.2.tsv"))
            .Where(line => !line.StartsWith('#') && !line.StartsWith("group_line\t", StringComparison.Ordinal) && line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => new RegistryEntry(cells[1], cells[2], cells[3], cells[4]))
            .ToList();

    [Fact]
    public void Every_registry_entry_resolves_by_its_repository_id_to_a_checkpoint_with_the_registrys_template()
    {
        List<RegistryEntry> registry = Registry();
        Assert.Equal(492, registry.Count);
        var problems = new List<string>();
        foreach (RegistryEntry entry in registry)
        {
            // One entry (TeleChat2-35B-Chat) has no Hugging Face id in the registry: its ModelScope id is its key.
            string key = entry.HuggingFace.Length > 0 ? entry.HuggingFace : entry.ModelScope;
            if (!Checkpoints.TryFind(key, out Checkpoint? checkpoint))
            {
                problems.Add($"{entry.Name}: '{key}' does not resolve");
                continue;
            }

            if (entry.Template.Length > 0 && !checkpoint.Templates.Any(t => t.Slug == entry.Template))
            {
                problems.Add($"{entry.Name} ({key}): templates {string.Join(", ", checkpoint.Templates.Select(t => t.Slug))}, the registry's is {entry.Template}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_registry_name_resolves_to_the_same_checkpoint_as_its_repository_id()
    {
        foreach (RegistryEntry entry in Registry().Where(e => e.HuggingFace.Length > 0))
        {
            Assert.True(Checkpoints.TryFind(entry.Name, out Checkpoint? byName), entry.Name);
            Assert.True(Checkpoints.TryFind(entry.HuggingFace, out Checkpoint? byRepository), entry.HuggingFace);
            Assert.Same(byRepository, byName);
        }
    }

    [Fact]
    public void The_table_has_every_row_of_the_data_file_and_each_size_is_the_rows_size_among_its_models()
    {
        int rows = 0;
        using CsvReader reader = CsvReader.FromFile(Path.Combine(RepositoryRoot(), "data", "checkpoints.csv"), new CsvReaderOptions { Separator = ',' });
        while (reader.Read())
        {
            rows++;
            Checkpoint checkpoint = Checkpoints.All[rows - 1];
            Assert.Equal(reader.GetString("id"), checkpoint.Slug);
            Assert.Equal(reader.GetString("model"), checkpoint.Model.Slug);
            Assert.Equal(reader.GetString("size"), checkpoint.Size.Label);
            Assert.Contains(checkpoint.Size, checkpoint.Model.Sizes);
            Assert.Equal(reader.GetString("version"), checkpoint.Release?.Version ?? string.Empty);
            Assert.Equal(reader.GetString("license"), checkpoint.License ?? string.Empty);
            Assert.Equal(reader.GetString("context_length"), checkpoint.ContextLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        }

        Assert.Equal(536, rows);
        Assert.Equal(rows, Checkpoints.Count);
    }

    [Fact]
    public void Every_open_weight_model_has_a_checkpoint_or_a_note_about_its_weights()
    {
        string[] missing = Models.All
            .Where(m => m.OpenWeights == true && m.Checkpoints.Count == 0)
            .Where(m => m.Notes?.Contains("weights", StringComparison.OrdinalIgnoreCase) != true)
            .Select(m => m.Slug)
            .ToArray();

        Assert.Empty(missing);
        Assert.Empty(Models.Get(ModelId.Glm130b).Checkpoints); // released on application only (its note says so)
    }

    [Fact]
    public void Closed_models_have_no_checkpoints()
    {
        Assert.All(Models.All.Where(m => m.OpenWeights == false), m => Assert.Empty(m.Checkpoints));
    }

    [Fact]
    public void A_repository_id_gives_the_checkpoint_and_its_facts()
    {
        // Qwen's model card: Apache 2.0, "full 131,072 tokens" context; LLaMA-Factory registers it under the qwen template.
        Assert.True(Checkpoints.TryFind("Qwen/Qwen2.5-7B-Instruct", out Checkpoint? qwen));
        Assert.Equal(CheckpointId.Qwen2_5_7bInstruct, qwen.Id);
        Assert.Same(Checkpoints.Qwen2_5_7bInstruct, qwen);
        Assert.Equal("Qwen2.5-7B-Instruct", qwen.Name);
        Assert.Equal(ModelId.Qwen, qwen.ModelId);
        Assert.Equal("2.5", qwen.Release?.Version);
        Assert.Equal("7B", qwen.Size.Label);
        Assert.Equal(7_000_000_000, qwen.Size.Parameters);
        Assert.Equal(CheckpointVariant.Instruct, qwen.Variant);
        Assert.Equal(["Qwen/Qwen2.5-7B-Instruct"], qwen.HuggingFace);
        Assert.Equal(["Qwen/Qwen2.5-7B-Instruct"], qwen.ModelScope);
        Assert.Equal(131072, qwen.ContextLength);
        Assert.Equal("apache-2.0", qwen.License);
        Assert.False(qwen.HasOwnTemplates);
        Assert.Equal(["qwen"], qwen.Templates.Select(t => t.Slug));
        Assert.Contains(qwen, qwen.Model.Checkpoints);
        Assert.Contains(qwen, Templates.Get(TemplateId.Qwen).Checkpoints);
    }

    [Theory]
    [InlineData("qwen2.5-7b-instruct")]
    [InlineData("QWEN2.5-7B-INSTRUCT")]
    [InlineData("qwen/qwen2.5-7b-instruct")]
    public void Lookups_ignore_case(string key)
    {
        Assert.True(Checkpoints.TryFind(key, out Checkpoint? checkpoint));
        Assert.Equal(CheckpointId.Qwen2_5_7bInstruct, checkpoint.Id);
        Assert.True(Checkpoints.TryFind(key.AsSpan(), out Checkpoint? bySpan));
        Assert.Same(checkpoint, bySpan);
    }

    [Fact]
    public void A_renamed_organizations_old_and_new_repository_ids_both_resolve()
    {
        // Zhipu AI's Hugging Face organization THUDM was renamed zai-org in 2025; old ids redirect.
        Assert.True(Checkpoints.TryFind("THUDM/chatglm3-6b", out Checkpoint? old));
        Assert.True(Checkpoints.TryFind("zai-org/chatglm3-6b", out Checkpoint? current));
        Assert.Same(old, current);
        Assert.Equal("zai-org/chatglm3-6b", current.HuggingFace[0]);
    }

    [Theory]
    // The issue's independent check against LLaMA-Factory v0.9.2: these checkpoints' templates differ from their family's.
    [InlineData("deepseek-ai/deepseek-coder-6.7b-instruct", "deepseekcoder")]
    [InlineData("llava-hf/llava-v1.6-34b-hf", "llava_next_yi")]
    [InlineData("llava-hf/llava-next-72b-hf", "llava_next_qwen")]
    [InlineData("llava-hf/llava-next-110b-hf", "llava_next_qwen")]
    [InlineData("llava-hf/llava-v1.6-mistral-7b-hf", "llava_next_mistral")]
    [InlineData("llava-hf/llama3-llava-next-8b-hf", "llava_next_llama3")]
    [InlineData("llava-hf/LLaVA-NeXT-Video-34B-hf", "llava_next_video_yi")]
    [InlineData("llava-hf/LLaVA-NeXT-Video-7B-32K-hf", "llava_next_video_mistral")]
    public void Checkpoints_whose_template_differs_from_their_familys(string repository, string template)
    {
        Assert.True(Checkpoints.TryFind(repository, out Checkpoint? checkpoint));
        Assert.True(checkpoint.HasOwnTemplates);
        Assert.Equal(template, checkpoint.Templates[0].Slug);
    }

    [Fact]
    public void Unknown_repository_ids_are_not_found()
    {
        Assert.False(Checkpoints.TryFind("Qwen/Qwen2.5-7B-Instruct-Nope", out _));
        Assert.False(Checkpoints.TryFind((string?)null, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Checkpoints.Get((CheckpointId)(-1)));
    }

    [Fact]
    public void TryFind_does_not_allocate()
    {
        Assert.True(Checkpoints.TryFind("Qwen/Qwen2.5-7B-Instruct", out _));
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool found = true;
        for (int i = 0; i < 1000; i++)
        {
            found &= Checkpoints.TryFind("qwen/qwen2.5-7b-instruct", out _);
            found &= Checkpoints.TryFind("THUDM/chatglm3-6b".AsSpan(), out _);
            found &= !Checkpoints.TryFind("no/such-repository", out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(found);
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "ModelCatalog.Generated.sln")))
            {
                return d.FullName;
            }
        }

        throw new DirectoryNotFoundException("the repository root (ModelCatalog.Generated.sln) is not above " + AppContext.BaseDirectory);
    }
}
