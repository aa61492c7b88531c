// A consumer whose own models table names a base model that does not exist: its build must fail at that cell.
System.Console.WriteLine(ModelCatalog.Models.Llama3.Name);
