// A consumer whose own models table reuses a built-in id: a diagnostic, never a silent shadow of Models.Llama3.
System.Console.WriteLine(ModelCatalog.Models.Llama3.Name);
