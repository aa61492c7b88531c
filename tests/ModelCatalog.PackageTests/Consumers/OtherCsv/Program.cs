// A consumer with a models.csv of its own that is not a catalog table (an AdditionalFile for some other tool).
System.Console.WriteLine(ModelCatalog.Models.Llama3.Name);
