// A consumer with a catalog of its own (Consumers/Tables/Acme): an organization, a template, a fine-tune of the
// built-in Llama 3 that uses the built-in llama3 template, and a checkpoint of it. It imports both namespaces, so
// a generated name equal to one of ModelCatalog's would not compile (CS0104).
using System;
using Acme.Catalog;
using ModelCatalog;

Model mine = AcmeModels.AcmeLlama;
Console.WriteLine("name=" + mine.Name);
Console.WriteLine("slug=" + mine.Slug);
Console.WriteLine("id-value=" + (int)AcmeModelIds.AcmeLlama);
Console.WriteLine("get-by-id=" + AcmeModels.Get(AcmeModelIds.AcmeLlama).Slug);
Console.WriteLine("organization=" + mine.Organization.Name);
Console.WriteLine("organization-is-own=" + (mine.Organization == AcmeOrganizations.Acme));
Console.WriteLine("base=" + mine.BaseModel?.Slug);
Console.WriteLine("base-is-built-in=" + (mine.BaseModel == Models.Llama3));
Console.WriteLine("template=" + mine.Templates[0].Slug);
Console.WriteLine("template-is-built-in=" + (mine.Templates[0] == Templates.Llama3));
Console.WriteLine("size=" + mine.Sizes[0]);
Console.WriteLine("release=" + mine.Releases[0].Date);

Checkpoint weights = AcmeCheckpoints.AcmeLlama8bInstruct;
Console.WriteLine("checkpoint-model=" + weights.Model.Slug);
Console.WriteLine("checkpoint-repository=" + weights.HuggingFace[0]);
Console.WriteLine("checkpoint-template=" + weights.Templates[0].Slug);
Console.WriteLine("checkpoint-context=" + weights.ContextLength);
Console.WriteLine("render=" + AcmeTemplates.AcmeChat.Render([TemplateMessage.User("hi")]));

// One lookup over the consumer's rows and the built-in catalog.
Console.WriteLine("find-own-alias=" + (AcmeModels.TryFind("ACME CHAT MODEL", out Model? own) ? own.Slug : "none"));
Console.WriteLine("find-built-in=" + (AcmeModels.TryFind("llama 3.1", out Model? builtIn) ? builtIn.Slug : "none"));
Console.WriteLine("find-repository=" + (AcmeCheckpoints.TryFind("acme-ai/acme-llama-8b-instruct", out Checkpoint? repository) ? repository.Slug : "none"));
Console.WriteLine("find-organization=" + (AcmeOrganizations.TryFind("Meta", out Organization? meta) ? meta.Slug : "none"));
// Two misses on purpose, which the lookup analyzer rightly reports (MCAT401): a name no table has, and an own row
// looked up in the built-in catalog, which does not hold it.
#pragma warning disable MCAT401
Console.WriteLine("find-unknown=" + AcmeModels.TryFind("acme-llama-2", out _));
Console.WriteLine("built-in-does-not-see-it=" + Models.TryFind("acme-llama", out _));
#pragma warning restore MCAT401
