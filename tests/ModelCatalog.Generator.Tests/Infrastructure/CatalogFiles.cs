using Microsoft.CodeAnalysis;

namespace ModelCatalog.Generator.Tests.Infrastructure;

/// <summary>Builds the AdditionalFiles of a catalog, from a fixture folder or from text.</summary>
public static class CatalogFiles
{
    public const string Organizations = "/catalog/organizations.csv";
    public const string Templates = "/catalog/templates.csv";
    public const string Models = "/catalog/models.csv";
    public const string Checkpoints = "/catalog/checkpoints.csv";

    public const string OrganizationsHeader = "id,name,aliases,country,hugging_face,website,source,notes";
    public const string TemplatesHeader = "id,name,aliases,prefix,system,system_placement,user,assistant,separator,default_system,stop_words,modalities,image_token,video_token,audio_token,source,notes";
    public const string ModelsHeader = "id,name,aliases,organization,releases,sizes,training_tokens,architecture,languages,modalities,open_weights,base_model,templates,source,notes";
    public const string CheckpointsHeader = "id,name,model,version,size,variant,hugging_face,model_scope,templates,context_length,license,source,notes";

    /// <summary>A valid minimal table set; each argument replaces one table's text. The optional checkpoints table
    /// is only there when given.</summary>
    public static AdditionalText[] Create(string? organizations = null, string? templates = null, string? models = null, string? checkpoints = null) =>
    [
        new InMemoryAdditionalText(Organizations, organizations ?? DefaultOrganizations),
        new InMemoryAdditionalText(Templates, templates ?? DefaultTemplates),
        new InMemoryAdditionalText(Models, models ?? DefaultModels),
        .. checkpoints is null ? Array.Empty<AdditionalText>() : [new InMemoryAdditionalText(Checkpoints, checkpoints)],
    ];

    public static AdditionalText[] FromDirectory(string directory) =>
        Directory.GetFiles(directory, "*.csv")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)))
            .ToArray();

    public static string DefaultOrganizations =>
        OrganizationsHeader + "\n" +
        "meta,Meta,Facebook,US,meta-llama,https://ai.meta.com,https://ai.meta.com/about/,\n" +
        "mistral-ai,Mistral AI,,FR,mistralai,https://mistral.ai,https://mistral.ai/about,\n";

    public static string DefaultTemplates =>
        TemplatesHeader + "\n" +
        "llama3,Llama 3,,<|begin_of_text|>,<|start_header_id|>system<|end_header_id|>\\n\\n{{content}}<|eot_id|>,,<|start_header_id|>user<|end_header_id|>\\n\\n{{content}}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\\n\\n,{{content}}<|eot_id|>,,,<|eot_id|>,text,,,,https://github.com/hiyouga/LLaMA-Factory/blob/main/src/llamafactory/data/template.py,\n";

    public static string DefaultModels =>
        ModelsHeader + "\n" +
        "llama,LLaMA,,meta,2023-02,7B;13B;33B;65B,1.4T,decoder,multilingual,text,yes,,,https://arxiv.org/abs/2302.13971,\n" +
        "llama-3,Llama 3,Llama 3.1,meta,3: 2024-04;3.1: 2024-07,8B;70B,15T,decoder,en,text,yes,,llama3,https://ai.meta.com/blog/meta-llama-3/,\n";

    /// <summary>One valid checkpoint of the default llama-3 model (line 2).</summary>
    public static string DefaultCheckpoints =>
        CheckpointsHeader + "\n" +
        "llama-3-8b-instruct,Llama-3-8B-Instruct,llama-3,3,8B,instruct,meta-llama/Meta-Llama-3-8B-Instruct,LLM-Research/Meta-Llama-3-8B-Instruct,,8192,llama3,https://x.org/,\n";
}
