"""Tell which rules may match at a position from the next characters, without running them.

At a number or at "the", most of the rules that may start there fail, and a failed
anchored match of a rule of ten thousand characters costs microseconds: sre backtracks
through every optional part before it gives up. Here each rule's parsed structure is read
as a set of continuations (what is left to match); the text is read character by
character, each step keeping the continuations that accept the character, and a rule whose
continuations all die is not run.

The test errs only one way, so results are the same with it as without it. A negative
lookahead of one character ("not a letter next") tests the next character; other negative
lookaheads, lookbehinds and boundaries are taken as true, a back-reference as the end of
the rule, and of a positive lookahead and what follows it only one is read (the
lookahead, unless what follows cannot be empty). A rule with inline flags is always run.
A rule dropped here cannot match.

The sets of continuations met are the states of a lazy DFA, each a row of transitions (a
character → the next state's row): a new transition costs a walk over the rules' structure,
a known one a dictionary look-up per character, with no state number in between. The table
starts afresh when it reaches its bound, so memory stays bounded on any text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from liveblog.times._sre import ATOMIC as _ATOMIC
from liveblog.times._sre import CASE_FLAGS as _CASE_FLAGS
from liveblog.times._sre import REPEATS as _MAX_REPEATS
from liveblog.times._sre import const as _const
from liveblog.times._sre import parser as _parser

__all__ = ["Narrowing"]

#: Characters read at most from a position: past this the rules still alive are run.
WINDOW: Final = 24
#: A state with this many rules or fewer still undecided stops the reading: running them
#: costs less than reading on.
DECIDED_AT = 1
#: Rules this long (in characters of pattern) are read until decided, however few are left.
COSTLY = 5000
#: States kept before the table starts afresh.
MAX_STATES: Final = 20_000

_CHAR, _ALT, _REP, _LOOK, _END, _EOS, _NOT_NEXT = range(7)
_INF: Final = -1
# Rule index and continuation number packed in one int (states are sets of them).
_SLOT: Final = 1 << 32


class _Unsupported(Exception):  # noqa: N818 (internal signal, never raised to callers)
    """A construct the reading does not model: the rule is then always run."""


class _Node:
    """One step of a rule: a character test, a choice, a repeat, a lookahead or an end.

    Nodes compare by identity, so a continuation (a tuple of nodes) hashes cheaply.
    """

    __slots__ = ("body", "branches", "hi", "kind", "lo", "test")

    def __init__(
        self,
        kind: int,
        *,
        test: Callable[[str], bool] | None = None,
        body: tuple[_Node, ...] = (),
        branches: tuple[tuple[_Node, ...], ...] = (),
        lo: int = 0,
        hi: int = 0,
    ) -> None:
        self.kind = kind
        self.test = test
        self.body = body
        self.branches = branches
        self.lo = lo
        self.hi = hi


def _category(name: object) -> Callable[[str], bool]:
    r"""Test a character against a class escape (``\d``, ``\s``, ``\w``), as sre does."""
    c = _const
    tests: dict[object, Callable[[str], bool]] = {
        c.CATEGORY_DIGIT: str.isdecimal,
        c.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
        c.CATEGORY_SPACE: str.isspace,
        c.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
        c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
        c.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
    }
    return tests.get(name, lambda _ch: True)


def _char_test(items: Iterable[tuple[Any, Any]]) -> Callable[[str], bool]:
    """Build the test of a character set (``[...]``)."""
    negate = False
    chars: set[str] = set()
    ranges: list[tuple[int, int]] = []
    categories: list[Callable[[str], bool]] = []
    for op, av in items:
        if op is _const.NEGATE:
            negate = True
        elif op is _const.LITERAL:
            chars.add(chr(av))
        elif op is _const.RANGE:
            ranges.append(av)
        elif op is _const.CATEGORY:
            categories.append(_category(av))
        else:
            raise _Unsupported(op)
    frozen = frozenset(chars)
    if not negate and not ranges and not categories:
        return frozen.__contains__

    def test(ch: str) -> bool:
        code = ord(ch)
        inside = (
            ch in frozen
            or any(lo <= code <= hi for lo, hi in ranges)
            or any(t(ch) for t in categories)
        )
        return inside != negate

    return test


def _convert(items: Iterable[tuple[Any, Any]], dotall: bool) -> tuple[_Node, ...]:
    """Turn parsed regex items into nodes; what the reading takes as true is left out."""
    c = _const
    out: list[_Node] = []
    for op, av in items:
        if op is c.LITERAL:
            out.append(_Node(_CHAR, test=frozenset(chr(av)).__contains__))
        elif op is c.NOT_LITERAL:
            out.append(_Node(_CHAR, test=chr(av).__ne__))
        elif op is c.ANY:
            out.append(_Node(_CHAR, test=(lambda _ch: True) if dotall else "\n".__ne__))
        elif op is c.IN:
            out.append(_Node(_CHAR, test=_char_test(av)))
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (_CASE_FLAGS | c.SRE_FLAG_DOTALL):
                raise _Unsupported(op)
            out.extend(_convert(sub, dotall))
        elif op is _ATOMIC:
            out.extend(_convert(av, dotall))
        elif op is c.BRANCH:
            out.append(_Node(_ALT, branches=tuple(_convert(b, dotall) for b in av[1])))
        elif op in _MAX_REPEATS:
            lo, hi, sub = av
            if hi != 0:
                body = _convert(sub, dotall)
                top = _INF if hi == c.MAXREPEAT else hi
                out.append(_Node(_REP, body=body, lo=lo, hi=top))
        elif op is c.ASSERT:
            direction, sub = av
            if direction == 1:
                out.append(_Node(_LOOK, body=_convert(sub, dotall)))
        elif op is c.GROUPREF_EXISTS:
            _group, yes, no = av
            branches = (_convert(yes, dotall), () if no is None else _convert(no, dotall))
            out.append(_Node(_ALT, branches=branches))
        elif op is c.GROUPREF:
            out.append(_Node(_END))
        elif op is c.AT and av is c.AT_END_STRING:
            out.append(_Node(_EOS))  # \Z: the rule may end only where the text does
        elif op is c.ASSERT_NOT and av[0] == 1 and len(av[1]) == 1:
            # "(?!\w)": one character the next may not be, read as a test of the next.
            (inner,) = _convert(av[1], dotall) or (None,)
            if inner is not None and inner.kind == _CHAR:
                out.append(_Node(_NOT_NEXT, test=inner.test))
        elif op not in (c.AT, c.ASSERT_NOT):
            raise _Unsupported(op)
    return tuple(out)


def _parse(source: str) -> tuple[_Node, ...] | None:
    """Parse a rule into nodes, or None when it uses what the reading does not model."""
    try:
        parsed = _parser.parse(source, 0)
        flags = parsed.state.flags
        if flags & _CASE_FLAGS:
            return None
        return _convert(parsed, bool(flags & _const.SRE_FLAG_DOTALL))
    except (_Unsupported, RecursionError):
        return None


#: What a state allows: the rule names that may match if the text goes on, and if it ends.
_Allowed = tuple[tuple[str, ...], tuple[str, ...]]
#: A state: live continuations, rules able to end, rules able to end with the text.
_Key = tuple[frozenset[int], frozenset[int], frozenset[int]]
#: A continuation read: may it end here, may it end if the text ends here, what it reads.
_Heads = tuple[bool, bool, tuple[tuple[_Node, tuple[_Node, ...]], ...]]
#: A state's row: a character → the next state's row ("" → a placeholder, see _reset).
_Row = dict[str, "_Row"]


class Narrowing:
    """The rules of one grammar that may match at a position, read from the next characters.

    Built empty; each rule is parsed the first time a position could start it, and each
    state and transition the first time the text leads to it.
    """

    def __init__(self, sources: Mapping[str, str]) -> None:
        """Keep the rule texts (in the order rules are tried) for parsing on first use."""
        self._sources = dict(sources)
        self._names = tuple(sources)
        self._index = {name: i for i, name in enumerate(self._names)}
        # A long rule costs microseconds to fail: reading on until it is decided pays.
        self._costly = [len(source) >= COSTLY for source in self._sources.values()]
        self._roots: dict[int, int | None] = {}  # rule → its first continuation, or None
        self._reset()

    def _reset(self) -> None:
        # Continuations (tuples of nodes) by number, and what each may read next.
        self._cont_ids: dict[tuple[_Node, ...], int] = {}
        self._conts: list[tuple[_Node, ...]] = []
        self._heads: dict[int, _Heads] = {}
        self._reps: dict[tuple[tuple[_Node, ...], int, int], _Node] = {}
        self._guards: dict[tuple[_Node | None, _Node], _Node] = {}
        # States: each is its row (a character → the next state's row) and is known by
        # the row's id. The rows are kept alive by ``_states``, so an id is never reused
        # while the tables hold it. A state with nothing left to read has an empty row,
        # so the reading loop stops; any other row holds the placeholder key "" (no
        # character read equals it), so it is never empty, even before its transitions.
        self._states: dict[_Key, _Row] = {}
        self._keys: dict[int, _Key] = {}
        self._allowed: dict[int, _Allowed] = {}
        self._starts: dict[tuple[str, ...], _Row] = {}
        self._roots.clear()

    def rules_at(self, names: tuple[str, ...], text: str, start: int) -> tuple[str, ...]:
        """Return the rules of ``names`` (in their order) that may match ``text`` at ``start``."""
        try:
            first = self._starts[names]
        except KeyError:
            first = self._start(names)
        stop = start + WINDOW
        window = text[start:stop]
        row = first
        try:
            for ch in window:
                if not row:
                    return self._allowed[id(row)][0]
                row = row[ch]
        except KeyError:  # a transition not built yet: read again, building it
            row = first
            for ch in window:
                if not row:
                    return self._allowed[id(row)][0]
                nxt = row.get(ch)
                row = self._step(row, ch) if nxt is None else nxt
        allowed = self._allowed[id(row)]
        return allowed[1] if stop >= len(text) else allowed[0]

    # Building states -------------------------------------------------------------------

    def _start(self, names: tuple[str, ...]) -> _Row:
        if len(self._states) > MAX_STATES:
            self._reset()
        rules = [self._index[name] for name in names]
        if rules != sorted(rules):
            msg = f"rules {names} are not in the order they are tried"
            raise ValueError(msg)
        live: set[int] = set()
        ended: set[int] = set()
        at_end: set[int] = set()
        for rule in rules:
            root = self._root(rule)
            if root is None:
                ended.add(rule)  # not modelled: always run
                continue
            ends, ends_with_text, _ = self._heads_of(root)
            if ends:
                ended.add(rule)  # may match the empty string
                continue
            if ends_with_text:
                at_end.add(rule)
            live.add(rule * _SLOT + root)
        key = (frozenset(live), frozenset(ended), frozenset(at_end))
        state = self._starts[names] = self._state(key)
        return state

    def _root(self, rule: int) -> int | None:
        if rule not in self._roots:
            nodes = _parse(self._sources[self._names[rule]])
            self._roots[rule] = None if nodes is None else self._cont(nodes)
        return self._roots[rule]

    def _step(self, row: _Row, ch: str) -> _Row:
        live, ended, _ = self._keys[id(row)]
        now_ended = set(ended)
        at_end: set[int] = set()
        nxt: set[int] = set()
        for code in live:
            rule, cont = divmod(code, _SLOT)
            if rule in now_ended:
                continue
            for node, rest in self._heads_of(cont)[2]:
                if node.test is not None and node.test(ch):
                    after = self._cont(rest)
                    ends, ends_with_text, _ = self._heads_of(after)
                    if ends:
                        now_ended.add(rule)
                        break
                    if ends_with_text:
                        at_end.add(rule)
                    nxt.add(rule * _SLOT + after)
        kept = frozenset(c for c in nxt if c // _SLOT not in now_ended)
        key = (kept, frozenset(now_ended), frozenset(at_end - now_ended))
        found = row[ch] = self._state(key)
        return found

    def _state(self, key: _Key) -> _Row:
        found = self._states.get(key)
        if found is None:
            live, ended, at_end = key
            undecided = {code // _SLOT for code in live}
            costly = any(self._costly[r] for r in undecided)
            decided = not costly and len(undecided) <= DECIDED_AT
            found = self._states[key] = {} if decided else {"": {}}
            self._keys[id(found)] = key
            names = self._names
            self._allowed[id(found)] = (
                tuple(names[r] for r in sorted(ended | undecided)),
                tuple(names[r] for r in sorted(ended | at_end)),
            )
        return found

    # Reading the structure -------------------------------------------------------------

    def _cont(self, nodes: tuple[_Node, ...]) -> int:
        found = self._cont_ids.get(nodes)
        if found is None:
            found = self._cont_ids[nodes] = len(self._conts)
            self._conts.append(nodes)
        return found

    def _heads_of(self, cont: int) -> _Heads:
        """Read what a continuation may do next: end, end with the text, or read a character.

        A walk with its own stack, not recursion: optional parts in a row nest deep.
        """
        found = self._heads.get(cont)
        if found is not None:
            return found
        ends = ends_with_text = False
        out: list[tuple[_Node, tuple[_Node, ...]]] = []
        seen: set[tuple[_Node, ...]] = set()
        stack = [self._conts[cont]]
        while stack:
            nodes = stack.pop()
            if not nodes:
                ends = True
                continue
            if nodes in seen:
                continue  # met by another path (or a repeat of what may be empty)
            seen.add(nodes)
            node, rest = nodes[0], nodes[1:]
            kind = node.kind
            if kind == _CHAR:
                out.append((node, rest))
            elif kind == _END:
                ends = True
            elif kind == _EOS:
                ends_with_text = True
            elif kind == _NOT_NEXT:
                # What follows, read only where the next character passes the test; an
                # end there holds at the end of the text or before such a character.
                after_ends, after_ends_with_text, heads = self._heads_of(self._cont(rest))
                out.extend((self._guarded(head, node), tail) for head, tail in heads)
                if after_ends:
                    out.append((self._guarded(None, node), ()))
                ends_with_text = ends_with_text or after_ends or after_ends_with_text
            elif kind == _ALT:
                stack.extend(branch + rest for branch in node.branches)
            elif kind == _LOOK:
                # A match must satisfy both the lookahead and what follows it; reading one
                # of them is enough to keep every match. The lookahead, unless something
                # that cannot be empty follows ("(?=\s*pm)(?:\s*pm)?": the lookahead).
                skip = rest and not self._heads_of(self._cont(rest))[0]
                stack.append(rest if skip else node.body)
            else:
                # A repeat: its body once more (with one less to go), or what follows it.
                lo, hi = node.lo, node.hi
                again = self._rep(node.body, max(lo - 1, 0), hi if hi == _INF else hi - 1)
                stack.append(node.body + again + rest)
                if lo == 0:
                    stack.append(rest)
        found = self._heads[cont] = (ends, ends_with_text, tuple(out))
        return found

    def _guarded(self, head: _Node | None, guard: _Node) -> _Node:
        """Build the test of ``head`` (any character when None) that ``guard`` refuses."""
        key = (head, guard)
        found = self._guards.get(key)
        if found is None:
            refused = guard.test
            assert refused is not None  # noqa: S101 (a _NOT_NEXT node has a test)
            if head is None:
                found = _Node(_CHAR, test=lambda ch: not refused(ch))
            else:
                accepted = head.test
                assert accepted is not None  # noqa: S101 (a _CHAR node has a test)
                found = _Node(_CHAR, test=lambda ch: accepted(ch) and not refused(ch))
            self._guards[key] = found
        return found

    def _rep(self, body: tuple[_Node, ...], lo: int, hi: int) -> tuple[_Node, ...]:
        if hi == 0:
            return ()
        key = (body, lo, hi)
        found = self._reps.get(key)
        if found is None:
            found = self._reps[key] = _Node(_REP, body=body, lo=lo, hi=hi)
        return (found,)
