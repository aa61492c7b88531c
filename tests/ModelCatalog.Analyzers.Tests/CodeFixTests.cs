using static ModelCatalog.Analyzers.Tests.Infrastructure.LookupTest;

namespace ModelCatalog.Analyzers.Tests;

/// <summary>
/// MCAT402's code fix, one test per shape it rewrites (the framework also applies each fix through fix-all in
/// document, project and solution scope and checks that the fixed code compiles). The members expected are named
/// from data/*.csv by hand, as in <see cref="MatchingTextTests"/>.
/// </summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task Parse_becomes_the_id_member() =>
        Fix(
            """
            class C { ModelId M() => ModelIds.Parse({|MCAT402:"llama-3"|}); }
            """,
            """
            class C { ModelId M() => ModelId.Llama3; }
            """);

    [Fact]
    public Task Get_of_Parse_becomes_the_record_property() =>
        Fix(
            """
            class C
            {
                Model A() => Models.Get(ModelIds.Parse({|MCAT402:"Llama 3.1"|}));
                Organization B() => Organizations.Get(OrganizationIds.Parse({|MCAT402:"Facebook"|}));
                Checkpoint D() => Checkpoints.Get(CheckpointIds.Parse({|MCAT402:"LLM-Research/Meta-Llama-3-8B-Instruct"|}));
            }
            """,
            """
            class C
            {
                Model A() => Models.Llama3;
                Organization B() => Organizations.Meta;
                Checkpoint D() => Checkpoints.Llama3_8bInstruct;
            }
            """);

    [Fact]
    public Task A_TryFind_statement_that_declares_its_variable_becomes_a_declaration() =>
        Fix(
            """
            class C
            {
                string A()
                {
                    Models.TryFind({|MCAT402:"Llama 3.1"|}, out var model);
                    return model!.Slug;
                }

                string B()
                {
                    Templates.TryFind({|MCAT402:"llama3"|}, out Template? template);
                    return template!.Slug;
                }
            }
            """,
            """
            class C
            {
                string A()
                {
                    var model = Models.Llama3;
                    return model!.Slug;
                }

                string B()
                {
                    Template? template = Templates.Llama3;
                    return template!.Slug;
                }
            }
            """);

    [Fact]
    public Task A_Try_statement_into_an_existing_variable_becomes_an_assignment() =>
        Fix(
            """
            class C
            {
                ModelId _id;

                void M()
                {
                    ModelIds.TryParse({|MCAT402:"llama-3"|}, out _id);
                }
            }
            """,
            """
            class C
            {
                ModelId _id;

                void M()
                {
                    _id = ModelId.Llama3;
                }
            }
            """);

    [Fact]
    public Task A_TryFind_condition_that_declares_its_variable_becomes_an_always_true_pattern_keeping_the_variable() =>
        Fix(
            """
            class C
            {
                string M()
                {
                    if (Models.TryFind({|MCAT402:"Llama 3.1"|}, out var model) && model.Sizes.Count > 0)
                    {
                        return model.Name;
                    }

                    return "";
                }

                int N() => ModelIds.TryParse({|MCAT402:"llama-3"|}, out var id) ? (int)id : 0;
            }
            """,
            """
            class C
            {
                string M()
                {
                    if (Models.Llama3 is var model && model.Sizes.Count > 0)
                    {
                        return model.Name;
                    }

                    return "";
                }

                int N() => ModelId.Llama3 is var id ? (int)id : 0;
            }
            """);

    [Fact]
    public Task A_TryFind_condition_into_an_existing_variable_assigns_and_compares_with_null() =>
        Fix(
            """
            class C
            {
                string M()
                {
                    Model? model;
                    return Models.TryFind({|MCAT402:"llama-3"|}, out model) ? model.Name : "";
                }
            }
            """,
            """
            class C
            {
                string M()
                {
                    Model? model;
                    return (model = Models.Llama3) != null ? model.Name : "";
                }
            }
            """);

    [Fact]
    public Task A_TryParse_condition_into_an_existing_enum_variable_has_no_fix_and_no_message() =>
        // `(id = ModelId.Llama3) != null` is not C# for an enum, and any other form reads worse than the call.
        Diagnostics(
            """
            class C
            {
                int M()
                {
                    ModelId id;
                    return ModelIds.TryParse("llama-3", out id) ? (int)id : 0;
                }
            }
            """);

    [Fact]
    public Task A_table_instance_is_asked_for_the_id_instead_of_the_text() =>
        Fix(
            """
            class C
            {
                string? A(RecordTable<ModelId, Model> table) => table.TryFind({|MCAT402:"Llama 3.1"|}, out var model) ? model.Slug : null;
                Model B(RecordTable<ModelId, Model> table) => table.Get(ModelIds.Parse({|MCAT402:"llama-3"|}));
            }
            """,
            """
            class C
            {
                string? A(RecordTable<ModelId, Model> table) => table.TryGet(ModelId.Llama3, out var model) ? model.Slug : null;
                Model B(RecordTable<ModelId, Model> table) => table.Get(ModelId.Llama3);
            }
            """);

    [Fact]
    public Task Fix_all_rewrites_every_lookup_of_the_document_and_leaves_the_unknown_text_to_its_warning()
    {
        var test = Create(
            """
            class C
            {
                ModelId A() => ModelIds.Parse({|MCAT402:"llama-3"|});
                OrganizationId B() => OrganizationIds.Parse({|MCAT402:"FAIR"|});
                TemplateId D() => TemplateIds.Parse({|MCAT402:"llama3"|});
                CheckpointId E() => CheckpointIds.Parse({|MCAT402:"Qwen/Qwen2.5-7B-Instruct"|});
                ModelId F() => ModelIds.Parse({|#0:"Llama 33"|});
            }
            """);
        test.ExpectedDiagnostics.Add(Unknown(0, "'Llama 33' is not the id, name or alias of a model of the catalog; did you mean 'Llama 3'?"));
        test.FixedState.Sources.Add(
            """
            using ModelCatalog;
            using ModelCatalog.Metadata;

            class C
            {
                ModelId A() => ModelId.Llama3;
                OrganizationId B() => OrganizationId.Meta;
                TemplateId D() => TemplateId.Llama3;
                CheckpointId E() => CheckpointId.Qwen2_5_7bInstruct;
                ModelId F() => ModelIds.Parse({|#0:"Llama 33"|});
            }
            """);
        test.FixedState.ExpectedDiagnostics.Add(Unknown(0, "'Llama 33' is not the id, name or alias of a model of the catalog; did you mean 'Llama 3'?"));
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }
}
