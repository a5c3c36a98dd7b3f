#!/usr/bin/env python3
"""Writes i18n/<module>/messages_{fr,de,it,en}.properties from a table: key -> (fr, de, it, en).
Used while authoring; the .properties files are the source of truth afterwards."""
import sys, json, re

def esc(v):
    out = []
    for ch in v:
        if ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        else: out.append(ch)
    s = ''.join(out)
    if s.startswith(' '): s = '\\' + s
    return s

def write(module, table, base='src/main/resources/i18n'):
    for i, lang in enumerate(['fr', 'de', 'it', 'en']):
        with open(f'{base}/{module}/messages_{lang}.properties', 'w', encoding='utf-8') as f:
            f.write(f'# {module} messages ({lang}). Keys: {module}.<page>.<element>\n')
            for k, vals in table.items():
                v = vals[i]
                if re.search(r'\{\d', v):
                    v = v.replace("'", "''")  # MessageFormat: a quote is doubled when there are arguments
                f.write(f'{k}={esc(v)}\n')
