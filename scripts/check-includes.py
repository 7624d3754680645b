#!/usr/bin/env python3
"""Checks the folder graph that the #include lines draw, so that the tree keeps showing the design.

    scripts/check-includes.py [SOURCE_DIR] [--qt-headers DIR]

Reads every #include of the .h/.cpp files in the top source folders (app/, ui/ and any other top folder with
sources; tests/ is left out, since tests may reach everything), resolves "..." includes as the compiler does
(beside the including file first, then from each top folder, which is what the targets' include paths are)
and draws an edge from the including file's folder (app/io, ui/charts, ...) to the included file's folder.
Fails, exit code 1, naming each:
  - cycle between folders, with one include line (file:line) for each edge of it;
  - core file (app/ outside app/cli) that includes a project file outside the core (ui/, a renderer, the CLI);
  - core file that includes a Qt Widgets, Charts or Print Support header (the core stays headless).
Exit code 2 is a usage error. Angle-bracket includes are looked up among the Qt headers in --qt-headers
(default: what qtpaths6 reports).
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')
SOURCE_SUFFIXES = ('.h', '.cpp')
# Top folders that hold no program sources, or sources allowed to reach everything.
NOT_SCANNED = {'tests', 'resources', 'scripts', 'translations', 'dist'}
CORE = 'app'
CORE_EXCEPTIONS = ('app/cli',)
# Qt modules the headless core never includes.
DESKTOP_QT_MODULES = ('QtWidgets', 'QtCharts', 'QtPrintSupport', 'QtSvgWidgets', 'QtOpenGLWidgets')


def top_folders(root):
    """Top folders with C++ sources, as the compiler's include roots (app/, ui/, render/, ...)."""
    folders = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if not os.path.isdir(path) or name.startswith('.') or name.startswith('build') or name in NOT_SCANNED:
            continue
        if any(f.endswith(SOURCE_SUFFIXES) for _, _, files in os.walk(path) for f in files):
            folders.append(name)
    return folders


def source_files(root, tops):
    for top in tops:
        for directory, subdirs, files in os.walk(os.path.join(root, top)):
            subdirs.sort()
            for name in sorted(files):
                if name.endswith(SOURCE_SUFFIXES):
                    yield os.path.relpath(os.path.join(directory, name), root)


def folder_of(path):
    """The node of the graph: the top folder and its first subfolder (app/io), or the top folder alone."""
    parts = path.split('/')
    return '/'.join(parts[:2]) if len(parts) > 2 else parts[0]


def is_core(path):
    return path.startswith(CORE + '/') and not any(path.startswith(e + '/') for e in CORE_EXCEPTIONS)


def resolve(root, tops, including, name):
    """The project file an include names, relative to root, or None (a generated or system header)."""
    candidates = [os.path.join(os.path.dirname(including), name)] + [os.path.join(top, name) for top in tops]
    for candidate in candidates:
        normal = os.path.normpath(candidate)
        if not normal.startswith('..') and os.path.isfile(os.path.join(root, normal)):
            return normal
    return None


def qt_headers_dir(given):
    if given:
        return given
    for tool, arguments in (('qtpaths6', ['--query', 'QT_INSTALL_HEADERS']),
                            ('qmake6', ['-query', 'QT_INSTALL_HEADERS'])):
        if shutil.which(tool):
            return subprocess.run([tool] + arguments, check=True, capture_output=True, text=True).stdout.strip()
    sys.exit('check-includes: no --qt-headers given and neither qtpaths6 nor qmake6 found')


def desktop_qt_headers(headers_dir):
    """Header name -> module, for every header of the modules the core must not include."""
    modules = {}
    for module in DESKTOP_QT_MODULES:
        folder = os.path.join(headers_dir, module)
        if os.path.isdir(folder):
            for name in os.listdir(folder):
                modules.setdefault(name, module)
    return modules


def desktop_module(name, desktop_headers):
    first = name.split('/')[0]
    if first in DESKTOP_QT_MODULES:
        return first
    return desktop_headers.get(name)


def shortest_cycle(start, members, edges):
    """Breadth-first from start through the members of one strongly connected component, back to start."""
    previous = {start: None}
    queue = collections.deque([start])
    while queue:
        node = queue.popleft()
        for target in sorted(edges[node]):
            if target not in members:
                continue
            if target == start:
                path = [node]
                while previous[path[-1]] is not None:
                    path.append(previous[path[-1]])
                path.reverse()
                return path + [start]
            if target not in previous:
                previous[target] = node
                queue.append(target)
    return None


def strongly_connected(nodes, edges):
    """Tarjan's algorithm; components of more than one folder, each sorted."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(nodes):
        if node not in index:
            visit(node)
    return sorted(found)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('source_dir', nargs='?', default=os.path.join(os.path.dirname(__file__), '..'))
    parser.add_argument('--qt-headers', help='Qt include folder (holding QtWidgets/, QtCharts/, ...)')
    options = parser.parse_args()
    root = os.path.abspath(options.source_dir)
    if not os.path.isdir(os.path.join(root, CORE)):
        print(f'check-includes: {root} has no {CORE}/ folder', file=sys.stderr)
        return 2
    headers_dir = qt_headers_dir(options.qt_headers)
    desktop_headers = desktop_qt_headers(headers_dir)
    if not desktop_headers:
        print(f'check-includes: no Qt Widgets headers under {headers_dir}', file=sys.stderr)
        return 2

    tops = top_folders(root)
    edges = collections.defaultdict(set)
    first_line = {}  # (from folder, to folder) -> "file:line: #include ..."
    nodes = set()
    problems = []
    files = 0
    for path in source_files(root, tops):
        files += 1
        source = folder_of(path)
        nodes.add(source)
        with open(os.path.join(root, path), encoding='utf-8') as text:
            for number, line in enumerate(text, 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                where = f'{path}:{number}: {line.strip()}'
                quote, name = match.groups()
                if quote == '<':
                    module = desktop_module(name, desktop_headers) if is_core(path) else None
                    if module:
                        problems.append(f'core file includes {module}, which only ui/ may use:\n  {where}')
                    continue
                target_path = resolve(root, tops, path, name)
                if target_path is None:
                    continue
                if is_core(path) and not is_core(target_path):
                    problems.append(f'core file (app/ outside app/cli) includes {folder_of(target_path)}/, '
                                    f'outside the core:\n  {where}')
                target = folder_of(target_path)
                if target != source:
                    edges[source].add(target)
                    first_line.setdefault((source, target), where)

    for component in strongly_connected(nodes, edges):
        cycle = shortest_cycle(component[0], set(component), edges)
        lines = [f'cycle between folders: {" -> ".join(cycle)}']
        lines += [f'  {a} -> {b}: {first_line[(a, b)]}' for a, b in zip(cycle, cycle[1:])]
        others = sorted((a, b) for a in component for b in edges[a]
                        if b in component and (a, b) not in set(zip(cycle, cycle[1:])))
        if others:
            lines.append(f'  other includes inside the same cycle ({", ".join(component)}):')
            lines += [f'    {a} -> {b}: {first_line[(a, b)]}' for a, b in others]
        problems.append('\n'.join(lines))

    edge_count = sum(len(targets) for targets in edges.values())
    for problem in problems:
        print(f'check-includes: {problem}')
    summary = f'{files} files in {", ".join(f"{t}/" for t in tops)}; {len(nodes)} folders, {edge_count} edges'
    if problems:
        print(f'check-includes: FAILED, {len(problems)} problem(s) ({summary})')
        return 1
    print(f'check-includes: no cycles between folders, the core stays headless ({summary})')
    return 0


if __name__ == '__main__':
    sys.exit(main())
