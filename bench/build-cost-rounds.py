"""Times `dotnet build --no-restore` of build-cost.sh's consumers in interleaved rounds and prints medians.

On a shared, loaded machine a consumer timed in a block of its own meets other load than the next one; here every
round builds each consumer once, in an order rotated per round, so load drifts hit them alike. Each build touches
Program.cs first, so the compiler runs every time; it runs without the compiler server, as its own child process, so
the compiler's work (the generator's included) is in the wall time and in the CPU time (user + system of the build's
process tree) of every build.
"""
import json
import os
import resource
import statistics
import subprocess
import sys
import time

work, rounds, warmup, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
names = sys.argv[5:]
env = dict(os.environ, DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER="1", DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")


def build(name):
    os.utime(os.path.join(work, name, "Program.cs"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        ["dotnet", "build", os.path.join(work, name), "--no-restore", "-c", "Release", "-tl:off", "-v:q", "-nologo",
         "-nodeReuse:false", "-p:UseSharedCompilation=false"],
        check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


samples = {name: [] for name in names}
for round_number in range(warmup + rounds):
    shift = round_number % len(names)
    for name in names[shift:] + names[:shift]:
        wall, cpu = build(name)
        print(f"  {name}: {wall:.2f} s wall, {cpu:.2f} s CPU", file=sys.stderr)
        if round_number >= warmup:
            samples[name].append({"wall": wall, "cpu": cpu})
    print(f"round {round_number + 1}/{warmup + rounds} done, load {os.getloadavg()[0]:.1f}", file=sys.stderr)

with open(out, "w") as f:
    json.dump(samples, f, indent=1)

base = names[0]
median = {n: {k: statistics.median(s[k] for s in samples[n]) for k in ("wall", "cpu")} for n in names}
print(f"{len(samples[base])} rounds; medians, and their difference from {base}")
print(f"| consumer | wall s | CPU s | wall vs {base} | CPU vs {base} | wall min–max |")
print("|---|---|---|---|---|---|")
for n in names:
    walls = [s["wall"] for s in samples[n]]
    print(f"| {n} | {median[n]['wall']:.2f} | {median[n]['cpu']:.2f} | {median[n]['wall'] - median[base]['wall']:+.2f} "
          f"| {median[n]['cpu'] - median[base]['cpu']:+.2f} | {min(walls):.2f}–{max(walls):.2f} |")
