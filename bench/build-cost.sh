#!/usr/bin/env bash
# What the package's generator costs a consumer's build (issue 16; figures in docs/benchmarks.md, "Build-time cost").
#
# Four console apps restored from local feeds, each rebuilt with `dotnet build --no-restore` after touching its
# Program.cs (so the compiler, and any generator, runs every time), in interleaved rounds (build-cost-rounds.py):
#   no-tables-without-generator  the package with analyzers/ and buildTransitive/ removed (the package before issue 16)
#   no-tables                    the package as packed, no ModelCatalogTable items
#   rows-100, rows-10000         the package as packed, a models.csv of that many rows of their own (plus one organization)
#
# Usage: bench/build-cost.sh [ModelCatalog.nupkg]   (default: packs src/ModelCatalog in Release first)
# Environment: RUNS (rounds, default 10), WARMUP (default 2), OUT (default: a temporary folder; build-cost.json lands there).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-10}
warmup=${WARMUP:-2}
nupkg=${1:-}

if [ -z "$nupkg" ]; then
  dotnet pack "$repo/src/ModelCatalog" -c Release -tl:off -v:q -nologo > /dev/null
  nupkg=$(ls -t "$repo"/artifacts/packages/ModelCatalog.[0-9]*.nupkg | head -1)
fi
version=$(basename "$nupkg" .nupkg); version=${version#ModelCatalog.}

work=$(mktemp -d -t modelcatalog-build-cost-XXXXXX)
out=${OUT:-$work}
mkdir -p "$out"
echo "package $nupkg ($version); consumers in $work" >&2

# The same package without what issue 16 added to it, so that the only difference is the generator and its MSBuild files.
mkdir -p "$work/feed-with" "$work/feed-without"
cp "$nupkg" "$work/feed-with/"
cp "$nupkg" "$work/feed-without/"
zip -q -d "$work/feed-without/$(basename "$nupkg")" 'analyzers/*' 'buildTransitive/*'

# Stops MSBuild's search for Directory.Build.* above the consumers.
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"

# consumer NAME FEED ROWS: a project restored from FEED alone, into a package folder of its own.
consumer() {
  local name=$1 feed=$2 rows=$3 dir="$work/$1" tables=""
  mkdir -p "$dir"
  cat > "$dir/nuget.config" <<EOF
<configuration>
  <packageSources><clear /><add key="local" value="$work/$feed" /></packageSources>
  <fallbackPackageFolders><clear /></fallbackPackageFolders>
</configuration>
EOF
  if [ "$rows" -gt 0 ]; then
    tables='<ItemGroup><ModelCatalogTable Include="catalog/*.csv" /></ItemGroup>'
    mkdir -p "$dir/catalog"
    printf 'id,name,country,hugging_face,source\nbench,Bench Labs,US,bench-labs,https://bench.example\n' > "$dir/catalog/organizations.csv"
    # Fine-tunes of a built-in model with a built-in template: every row is linked against the built-in catalog.
    awk -v n="$rows" 'BEGIN {
      print "id,name,organization,releases,sizes,modalities,open_weights,base_model,templates,source"
      for (i = 1; i <= n; i++) printf "bench-%05d,Bench %05d,bench,2025-01,8B,text,yes,llama-3,llama3,https://bench.example/%05d\n", i, i, i
    }' > "$dir/catalog/models.csv"
  fi
  cat > "$dir/$name.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RestorePackagesPath>$dir/packages</RestorePackagesPath>
    <ModelCatalogPrefix>Bench</ModelCatalogPrefix>
  </PropertyGroup>
  <ItemGroup><PackageReference Include="ModelCatalog" Version="[$version]" /></ItemGroup>
  $tables
</Project>
EOF
  echo 'System.Console.WriteLine(ModelCatalog.Models.Llama3.Name);' > "$dir/Program.cs"
  dotnet restore "$dir" -v:q -nologo > /dev/null
  # One build that must succeed before it is timed (a failing build is no figure).
  dotnet build "$dir" --no-restore -c Release -tl:off -v:q -nologo > /dev/null
}

consumer no-tables-without-generator feed-without 0
consumer no-tables feed-with 0
consumer rows-100 feed-with 100
consumer rows-10000 feed-with 10000

echo "load before: $(uptime)" >&2
python3 "$(dirname "$0")/build-cost-rounds.py" "$work" "$runs" "$warmup" "$out/build-cost.json" \
  no-tables-without-generator no-tables rows-100 rows-10000
echo "load after: $(uptime)" >&2
