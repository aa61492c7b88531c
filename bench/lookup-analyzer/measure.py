#!/usr/bin/env python3
"""Measures the lookup analyzer (issue 17) with the compiler's own -p:ReportAnalyzer=true on a consumer of about
1,800 lines, as docs/benchmarks.md ("Lookup analyzer") reports it.

The consumer is written into a temporary folder: one file of 100 classes, each with three catalog lookups among
ordinary code: constant text that matches (`Models.Get(ModelIds.Parse("llama-3"))`, MCAT402), constant text
(`Checkpoints.TryFind(...)`, a typo with --typos, MCAT401), and text known only at run time. It references the built
ModelCatalog.dll, with LookupAnalyzerOnly.dll (the analyzer's sources, see its project) as its analyzer.

    dotnet build src/ModelCatalog -c Release
    dotnet build bench/lookup-analyzer/LookupAnalyzerOnly.csproj -c Release
    python3 bench/lookup-analyzer/measure.py [--typos] [--shared] [runs]

--shared builds with the compiler server, as `dotnet build` does by default: after the first run the analyzer is
already loaded and compiled to machine code, as in a developer's repeated builds and in the IDE.
"""
import pathlib, re, subprocess, sys, tempfile

root = pathlib.Path(__file__).resolve().parents[2]
library = root / "src/ModelCatalog/bin/Release/net10.0/ModelCatalog.dll"
analyzer = root / "bench/lookup-analyzer/bin/Release/netstandard2.0/LookupAnalyzerOnly.dll"

CLASS = """
public static class Service{i}
{{
    public static int Sum{i}(int[] values)
    {{
        int total = 0;
        foreach (int value in values) total += value * {i};
        return total;
    }}

    public static string Describe{i}(string text) => text.Trim().ToUpperInvariant() + "{i}";

    public static Model Known{i}() => Models.Get(ModelIds.Parse("llama-3"));

    public static bool Exists{i}() => Checkpoints.TryFind("{checkpoint}", out _);

    public static bool Runtime{i}(string name) => Organizations.TryFind(name, out _);
}}
"""


def write_consumer(folder: pathlib.Path, typos: bool) -> None:
    (folder / "Directory.Build.props").write_text("<Project />")
    (folder / "Directory.Build.targets").write_text("<Project />")
    (folder / "Consumer.csproj").write_text(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="{library}" />
    <Analyzer Include="{analyzer}" />
  </ItemGroup>
</Project>
""")
    # Distinct typos (one character dropped from a real repository id each time), so no answer is reused.
    checkpoint = "Qwen/Qwen2.5-7B-Instuct{i}" if typos else "Qwen/Qwen2.5-7B-Instruct"
    classes = (CLASS.replace("{checkpoint}", checkpoint).format(i=i) for i in range(100))
    (folder / "Services.cs").write_text("using ModelCatalog;\n" + "".join(classes))


def main() -> None:
    typos = "--typos" in sys.argv
    shared = "--shared" in sys.argv
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    runs = int(numbers[0]) if numbers else 3
    with tempfile.TemporaryDirectory(prefix="lookup-analyzer-") as temp:
        folder = pathlib.Path(temp)
        write_consumer(folder, typos)
        lines = sum(1 for _ in open(folder / "Services.cs"))
        subprocess.run(["dotnet", "restore", "-v:q"], cwd=folder, check=True, capture_output=True)
        print(f"consumer: {lines} lines, typos: {typos}, compiler server: {shared}")
        for run in range(runs):
            # --no-incremental: the compiler runs every time; without the server each run is a fresh (cold) compiler.
            build = subprocess.run(
                ["dotnet", "build", "--no-restore", "--no-incremental", "-nodeReuse:false", f"-p:UseSharedCompilation={str(shared).lower()}",
                 "-p:ReportAnalyzer=true", "-v:d", "-tl:off"],
                cwd=folder, capture_output=True, text=True)
            if build.returncode != 0:
                sys.exit(build.stdout[-4000:])
            report = [l.strip() for l in build.stdout.splitlines()
                      if re.search(r"Total analyzer execution time|^\s*[<0-9.]+\s+[<0-9]+\s+ModelCatalog\.Generator\.Analyzers", l)]
            warnings = len(set(re.findall(r"Services\.cs\((\d+),\d+\): warning MCAT401", build.stdout)))
            print(f"run {run + 1}: MCAT401 on {warnings} lines")
            for line in dict.fromkeys(report):
                print("  " + line)


if __name__ == "__main__":
    main()
