//! Python's regular-expression syntax, checked and rewritten into the syntax
//! of the `fancy-regex` engine.
//!
//! The parser follows the grammar and the error messages of CPython's `re`
//! (3.11): every construct is parsed here, errors carry CPython's message and
//! character position, and the output spells everything out explicitly so that
//! no difference between the two dialects can leak through:
//!
//! - literals that are not ASCII letters or digits become `\x{..}` escapes;
//! - every capturing group is emitted unnamed (`(...)`), so group numbers are
//!   Python's; names are kept on the side and backreferences become `\k<N>`;
//! - `^`, `$`, `.`, `\b`, `\d`, `\w`, `\s` are emitted with the meaning the
//!   active flags give them (MULTILINE, DOTALL, ASCII are resolved here; only
//!   IGNORECASE is passed on, as `(?i)` / `(?i:...)` / `(?-i:...)`);
//! - VERBOSE whitespace and comments are dropped here;
//! - possessive quantifiers become atomic groups.

/// Flag values of Python's `re` module.
pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

/// Python's limit on repeat counts (`sre_constants.MAXREPEAT`).
const MAXREPEAT: u64 = 4_294_967_295;
const MAXGROUPS: u64 = 1_073_741_823;

/// A pattern accepted by the parser.
#[derive(Debug)]
pub struct Parsed {
    /// The pattern in engine syntax, IGNORECASE applied.
    pub engine: String,
    /// The same pattern anchored at both ends (for `fullmatch`).
    pub engine_full: String,
    /// Final flags, inline global flags included (UNICODE added for str).
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names with their numbers, in definition order.
    pub names: Vec<(String, usize)>,
    /// For each group number, the number of the capturing group that
    /// encloses it (0 = none); index 0 is unused.
    pub parents: Vec<usize>,
}

/// Why a pattern was rejected.
#[derive(Debug, PartialEq)]
pub enum SyntaxError {
    /// `re.error(msg)` at a character position (None: no position).
    Re(String, Option<usize>),
    /// `ValueError(msg)` (incompatible flags).
    Value(String),
    /// `OverflowError(msg)` (repeat counts too large).
    Overflow(String),
    /// Inline flags turned VERBOSE on: the pattern is parsed again from the
    /// start in verbose mode (internal to `translate`).
    Reparse,
}

type PResult<T> = Result<T, SyntaxError>;

/// Minimum and maximum width of a subpattern, capped like Python's.
type Width = (u64, u64);

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    /// Something a quantifier may follow.
    Atom,
    /// An anchor (`^`, `$`, `\A`, `\Z`, `\b`, `\B`): "nothing to repeat".
    At,
    /// A repeat: "multiple repeat".
    Repeat,
}

struct Item {
    text: String,
    width: Width,
    kind: Kind,
    /// The text is a single engine atom a quantifier may follow directly.
    simple: bool,
}

#[derive(Clone, Copy)]
enum Member {
    Char(char),
    Range(char, char),
    Category(char),
}

/// Scoped flags: those turned on and off by enclosing `(?flags:...)` groups.
#[derive(Clone, Copy)]
struct Scope {
    add: u32,
    del: u32,
}

struct Parser {
    s: Vec<char>,
    i: usize,
    /// The pattern's global flags (those passed in plus inline global ones).
    flags: u32,
    is_bytes: bool,
    /// Width of each closed group; None while the group is open. Index 0
    /// stands for the whole pattern, as in Python.
    groupwidths: Vec<Option<Width>>,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    open: Vec<usize>,
    lookbehind_groups: Option<usize>,
    grouprefpos: Vec<(u64, usize)>,
    /// An error Python reports only after parsing (while compiling).
    deferred: Option<SyntaxError>,
}

fn cap(w: Width) -> Width {
    (w.0.min(MAXREPEAT - 1), w.1.min(MAXREPEAT))
}

fn add_w(a: Width, b: Width) -> Width {
    (a.0.saturating_add(b.0), a.1.saturating_add(b.1))
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// A literal character in engine syntax (outside or inside a class).
fn lit(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() || !c.is_ascii() {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:02X}}}", c as u32));
    }
}

const ASCII_WORD: &str = "[0-9A-Za-z_]";

fn category(k: char, ascii: bool) -> &'static str {
    match (k, ascii) {
        ('d', false) => r"\d",
        ('D', false) => r"\D",
        ('s', false) => r"[\s\x{1C}-\x{1F}]",
        ('S', false) => r"[^\s\x{1C}-\x{1F}]",
        ('w', false) => r"[\p{L}\p{N}_]",
        ('W', false) => r"[^\p{L}\p{N}_]",
        ('d', true) => "[0-9]",
        ('D', true) => "[^0-9]",
        ('s', true) => r"[\t\n\x{0B}\x{0C}\r\x{20}]",
        ('S', true) => r"[^\t\n\x{0B}\x{0C}\r\x{20}]",
        ('w', true) => ASCII_WORD,
        ('W', true) => "[^0-9A-Za-z_]",
        _ => unreachable!(),
    }
}

/// A category inside a character class: positive ones are spliced in,
/// negative ones become nested classes.
fn category_in_class(k: char, ascii: bool, out: &mut String) {
    let full = category(k, ascii);
    if full.starts_with("[^") || !full.starts_with('[') {
        out.push_str(full);
    } else {
        out.push_str(&full[1..full.len() - 1]);
    }
}

impl Parser {
    fn err<T>(&self, msg: impl Into<String>, offset: usize) -> PResult<T> {
        Err(SyntaxError::Re(msg.into(), Some(self.i - offset)))
    }
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }
    fn get(&mut self) -> Option<char> {
        let c = self.peek();
        if c.is_some() {
            self.i += 1;
        }
        c
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    /// Python's tokens: a character, or a backslash and the next character.
    fn get_token(&mut self) -> Option<String> {
        let c = self.get()?;
        let mut t = c.to_string();
        if c == '\\' {
            if let Some(d) = self.get() {
                t.push(d);
            }
        }
        Some(t)
    }
    /// Up to `n` characters satisfying `f`.
    fn get_while(&mut self, n: usize, f: impl Fn(char) -> bool) -> String {
        let mut out = String::new();
        while out.chars().count() < n {
            match self.peek() {
                Some(c) if f(c) => {
                    out.push(c);
                    self.i += 1;
                }
                _ => break,
            }
        }
        out
    }
    /// The text up to `term` (consumed), as Python's `Tokenizer.getuntil`.
    fn get_until(&mut self, term: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let Some(t) = self.get_token() else {
                if out.is_empty() {
                    return self.err(format!("missing {}", name), 0);
                }
                let n = out.chars().count();
                return self.err(format!("missing {}, unterminated name", term), n);
            };
            if t.len() == term.len_utf8() && t.starts_with(term) {
                if out.is_empty() {
                    return self.err(format!("missing {}", name), 1);
                }
                return Ok(out);
            }
            out.push_str(&t);
        }
    }

    fn ngroups(&self) -> usize {
        self.groupwidths.len()
    }
    fn group_closed(&self, g: usize) -> bool {
        g < self.ngroups() && self.groupwidths[g].is_some()
    }
    fn check_lookbehind_group(&self, g: usize) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.group_closed(g) {
                return self.err("cannot refer to an open group", 0);
            }
            if g >= lb {
                return self.err("cannot refer to group defined in the same lookbehind subpattern", 0);
            }
        }
        Ok(())
    }
    fn effective(&self, sc: Scope) -> u32 {
        (self.flags | sc.add) & !sc.del
    }

    // ------------------------------------------------------------ alternation

    fn parse_sub(&mut self, verbose: bool, nested: usize, sc: Scope) -> PResult<(String, Width)> {
        let mut alts: Vec<String> = Vec::new();
        let mut width: Option<Width> = None;
        loop {
            let first = nested == 0 && alts.is_empty();
            let (text, w) = self.parse_seq(verbose, nested + 1, first, sc)?;
            alts.push(text);
            width = Some(match width {
                None => w,
                Some(acc) => (acc.0.min(w.0), acc.1.max(w.1)),
            });
            if !self.eat('|') {
                break;
            }
        }
        let w = width.unwrap_or((0, 0));
        Ok((alts.join("|"), if alts.len() > 1 { cap(w) } else { w }))
    }

    // --------------------------------------------------------------- sequence

    fn parse_seq(&mut self, verbose: bool, nested: usize, first: bool, sc: Scope) -> PResult<(String, Width)> {
        let mut items: Vec<Item> = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let start = self.i;
            self.i += 1;
            if verbose {
                if is_ws(c) {
                    continue;
                }
                if c == '#' {
                    while let Some(d) = self.get() {
                        if d == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            let fl = self.effective(sc);
            match c {
                '\\' => {
                    let it = self.parse_escape(start, fl)?;
                    items.push(it);
                }
                '[' => {
                    let it = self.parse_class(start, fl)?;
                    items.push(it);
                }
                '*' | '+' | '?' | '{' => {
                    let (min, max) = match c {
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        '?' => (0, 1),
                        _ => {
                            if self.peek() == Some('}') {
                                items.push(self.literal('{'));
                                continue;
                            }
                            let lo = self.get_while(usize::MAX, |d| d.is_ascii_digit());
                            let hi = if self.eat(',') { self.get_while(usize::MAX, |d| d.is_ascii_digit()) } else { lo.clone() };
                            if !self.eat('}') {
                                items.push(self.literal('{'));
                                self.i = start + 1;
                                continue;
                            }
                            let mut min = 0u64;
                            let mut max = MAXREPEAT;
                            if !lo.is_empty() {
                                min = lo.parse::<u64>().unwrap_or(u64::MAX);
                                if min >= MAXREPEAT {
                                    return Err(SyntaxError::Overflow("the repetition number is too large".into()));
                                }
                            }
                            if !hi.is_empty() {
                                max = hi.parse::<u64>().unwrap_or(u64::MAX);
                                if max >= MAXREPEAT {
                                    return Err(SyntaxError::Overflow("the repetition number is too large".into()));
                                }
                                if max < min {
                                    return self.err("min repeat greater than max repeat", self.i - (start + 1));
                                }
                            }
                            (min, max)
                        }
                    };
                    let here = self.i - start;
                    match items.last() {
                        None => return self.err("nothing to repeat", here),
                        Some(it) if it.kind == Kind::At => return self.err("nothing to repeat", here),
                        Some(it) if it.kind == Kind::Repeat => return self.err("multiple repeat", here),
                        _ => {}
                    }
                    let it = items.pop().unwrap();
                    let lazy = self.eat('?');
                    let possessive = !lazy && self.eat('+');
                    let mut text = if it.simple { it.text } else { format!("(?:{})", it.text) };
                    match (min, max) {
                        (0, MAXREPEAT) => text.push('*'),
                        (1, MAXREPEAT) => text.push('+'),
                        (0, 1) => text.push('?'),
                        (m, MAXREPEAT) => text.push_str(&format!("{{{},}}", m)),
                        (m, n) if m == n => text.push_str(&format!("{{{}}}", m)),
                        (m, n) => text.push_str(&format!("{{{},{}}}", m, n)),
                    }
                    if lazy {
                        text.push('?');
                    }
                    if possessive {
                        text = format!("(?>{})", text);
                    }
                    let w = (it.width.0.saturating_mul(min), if max == MAXREPEAT && it.width.1 > 0 { MAXREPEAT } else { it.width.1.saturating_mul(max) });
                    items.push(Item { text, width: w, kind: Kind::Repeat, simple: false });
                }
                '.' => {
                    let text = if fl & DOTALL != 0 { r"(?s:.)" } else { "." };
                    items.push(Item { text: text.into(), width: (1, 1), kind: Kind::Atom, simple: true });
                }
                '^' => {
                    let text = if fl & MULTILINE != 0 { "(?m:^)" } else { r"\A" };
                    items.push(Item { text: text.into(), width: (0, 0), kind: Kind::At, simple: true });
                }
                '$' => {
                    let text = if fl & MULTILINE != 0 { "(?m:$)" } else { r"(?=\n?\z)" };
                    items.push(Item { text: text.into(), width: (0, 0), kind: Kind::At, simple: true });
                }
                '(' => {
                    if let Some(it) = self.parse_group(start, verbose, nested, first && items.is_empty(), sc)? {
                        items.push(it);
                    } else if first && items.is_empty() && !verbose && self.flags & VERBOSE != 0 {
                        // global flags turned VERBOSE on: what was parsed so
                        // far and the other alternatives must be verbose too
                        return Err(SyntaxError::Reparse);
                    }
                }
                c => items.push(self.literal(c)),
            }
        }
        let mut text = String::new();
        let mut w = (0, 0);
        for it in &items {
            text.push_str(&it.text);
            w = add_w(w, it.width);
        }
        Ok((text, cap(w)))
    }

    fn literal(&self, c: char) -> Item {
        let mut text = String::new();
        lit(c, &mut text);
        Item { text, width: (1, 1), kind: Kind::Atom, simple: true }
    }

    // ----------------------------------------------------------------- groups

    /// Parses what follows `(`; None when the construct adds nothing (a
    /// comment, global flags).
    fn parse_group(&mut self, start: usize, verbose: bool, nested: usize, at_start: bool, sc: Scope) -> PResult<Option<Item>> {
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut inner = sc;
        let mut case_prefix = "";
        let mut sub_verbose = verbose;
        if self.eat('?') {
            let Some(t) = self.get_token() else {
                return self.err("unexpected end of pattern", 0);
            };
            if t.starts_with('\\') {
                return self.err(format!("unknown extension ?{}", t), t.chars().count() + 1);
            }
            let c = t.chars().next().unwrap();
            match c {
                'P' => {
                    if self.eat('<') {
                        let n = self.get_until('>', "group name")?;
                        if !is_identifier(&n) {
                            return self.err(format!("bad character in group name {}", py_repr(&n)), n.chars().count() + 1);
                        }
                        name = Some(n);
                    } else if self.eat('=') {
                        let n = self.get_until(')', "group name")?;
                        let off = n.chars().count() + 1;
                        if !is_identifier(&n) {
                            return self.err(format!("bad character in group name {}", py_repr(&n)), off);
                        }
                        let Some(&(_, gid)) = self.names.iter().find(|(k, _)| *k == n) else {
                            return self.err(format!("unknown group name {}", py_repr(&n)), off);
                        };
                        if !self.group_closed(gid) {
                            return self.err("cannot refer to an open group", off);
                        }
                        self.check_lookbehind_group(gid)?;
                        return Ok(Some(self.backref(gid)));
                    } else {
                        let Some(t) = self.get_token() else {
                            return self.err("unexpected end of pattern", 0);
                        };
                        let n = t.chars().count();
                        return self.err(format!("unknown extension ?P{}", t), n + 2);
                    }
                }
                ':' => capture = false,
                '#' => {
                    loop {
                        match self.get_token() {
                            None => return self.err("missing ), unterminated comment", self.i - start),
                            Some(t) if t == ")" => break,
                            Some(_) => {}
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' | '<' => {
                    let mut kind = c;
                    let mut behind = false;
                    let saved = self.lookbehind_groups;
                    if c == '<' {
                        let Some(t) = self.get_token() else {
                            return self.err("unexpected end of pattern", 0);
                        };
                        if t != "=" && t != "!" {
                            let n = t.chars().count();
                            return self.err(format!("unknown extension ?<{}", t), n + 2);
                        }
                        kind = t.chars().next().unwrap();
                        behind = true;
                        if saved.is_none() {
                            self.lookbehind_groups = Some(self.ngroups());
                        }
                    }
                    let (body, w) = self.parse_sub(verbose, nested + 1, sc)?;
                    if behind && saved.is_none() {
                        self.lookbehind_groups = None;
                    }
                    if !self.eat(')') {
                        return self.err("missing ), unterminated subpattern", self.i - start);
                    }
                    if behind && w.0 != w.1 && self.deferred.is_none() {
                        self.deferred = Some(SyntaxError::Re("look-behind requires fixed-width pattern".into(), None));
                    }
                    let open = match (behind, kind) {
                        (false, '=') => "(?=",
                        (false, _) => "(?!",
                        (true, '=') => "(?<=",
                        (true, _) => "(?<!",
                    };
                    return Ok(Some(Item { text: format!("{}{})", open, body), width: (0, 0), kind: Kind::Atom, simple: false }));
                }
                '(' => return self.parse_conditional(start, verbose, nested, sc).map(Some),
                '>' => {
                    capture = false;
                    atomic = true;
                }
                c if "iLmsxatu-".contains(c) => {
                    match self.parse_flags(c)? {
                        None => {
                            if !at_start {
                                return self.err("global flags not at the start of the expression", self.i - start);
                            }
                            return Ok(None);
                        }
                        Some((add, del)) => {
                            capture = false;
                            inner = Scope { add: (sc.add | add) & !del, del: (sc.del | del) & !add };
                            if add & IGNORECASE != 0 {
                                case_prefix = "i";
                            } else if del & IGNORECASE != 0 {
                                case_prefix = "-i";
                            }
                            sub_verbose = (verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
                        }
                    }
                }
                c => {
                    return self.err(format!("unknown extension ?{}", c), 2);
                }
            }
        }
        let gid = if capture {
            let gid = self.ngroups();
            if gid as u64 > MAXGROUPS {
                return self.err("too many groups", 0);
            }
            if let Some(n) = &name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| k == n) {
                    let off = n.chars().count() + 1;
                    return self.err(format!("redefinition of group name {} as group {}; was group {}", py_repr(n), gid, old), off);
                }
                self.names.push((n.clone(), gid));
            }
            self.groupwidths.push(None);
            self.parents.push(self.open.last().copied().unwrap_or(0));
            self.open.push(gid);
            Some(gid)
        } else {
            None
        };
        let (body, w) = self.parse_sub(sub_verbose, nested + 1, inner)?;
        if !self.eat(')') {
            return self.err("missing ), unterminated subpattern", self.i - start);
        }
        let text = if let Some(g) = gid {
            self.open.pop();
            self.groupwidths[g] = Some(w);
            format!("({})", body)
        } else if atomic {
            format!("(?>{})", body)
        } else {
            format!("(?{}:{})", case_prefix, body)
        };
        Ok(Some(Item { text, width: w, kind: Kind::Atom, simple: true }))
    }

    /// `(?(cond)yes|no)`, after `(?(`.
    fn parse_conditional(&mut self, start: usize, verbose: bool, nested: usize, sc: Scope) -> PResult<Item> {
        let cond = self.get_until(')', "group name")?;
        let off = cond.chars().count() + 1;
        let gid: usize = if is_identifier(&cond) {
            match self.names.iter().find(|(k, _)| *k == cond) {
                Some(&(_, g)) => g,
                None => return self.err(format!("unknown group name {}", py_repr(&cond)), off),
            }
        } else {
            let Some(g) = cond.parse::<u64>().ok().filter(|_| cond.chars().all(|c| c.is_ascii_digit())) else {
                return self.err(format!("bad character in group name {}", py_repr(&cond)), off);
            };
            if g == 0 {
                return self.err("bad group number", off);
            }
            if g >= MAXGROUPS {
                return self.err(format!("invalid group reference {}", g), off);
            }
            if !self.grouprefpos.iter().any(|(k, _)| *k == g) {
                self.grouprefpos.push((g, self.i - off));
            }
            g as usize
        };
        self.check_lookbehind_group(gid)?;
        let (yes, wy) = self.parse_seq(verbose, nested + 1, false, sc)?;
        let (no, wn) = if self.eat('|') {
            let r = self.parse_seq(verbose, nested + 1, false, sc)?;
            if self.peek() == Some('|') {
                return self.err("conditional backref with more than two branches", 0);
            }
            r
        } else {
            (String::new(), (0, 0))
        };
        if !self.eat(')') {
            return self.err("missing ), unterminated subpattern", self.i - start);
        }
        let text = if yes.is_empty() && no.is_empty() { "(?:)".to_string() } else { format!("(?({})(?:{})|(?:{}))", gid, yes, no) };
        Ok(Item { text, width: (wy.0.min(wn.0), wy.1.max(wn.1)), kind: Kind::Atom, simple: false })
    }

    /// Inline flags after `(?`; None for global flags `(?flags)`, else the
    /// flags a scoped group `(?add-del:...)` turns on and off.
    fn parse_flags(&mut self, first: char) -> PResult<Option<(u32, u32)>> {
        fn flag_of(c: char) -> Option<u32> {
            Some(match c {
                'i' => IGNORECASE,
                'L' => LOCALE,
                'm' => MULTILINE,
                's' => DOTALL,
                'x' => VERBOSE,
                'a' => ASCII,
                't' => TEMPLATE,
                'u' => UNICODE,
                _ => return None,
            })
        }
        let mut add = 0;
        let mut del = 0;
        let mut c = first;
        if c != '-' {
            loop {
                let f = flag_of(c).unwrap();
                if !self.is_bytes && c == 'L' {
                    return self.err("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                }
                if self.is_bytes && c == 'u' {
                    return self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
                }
                add |= f;
                if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                    return self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                let Some(d) = self.get() else {
                    return self.err("missing -, : or )", 0);
                };
                c = d;
                if ")-:".contains(c) {
                    break;
                }
                if flag_of(c).is_none() {
                    let msg = if c.is_alphabetic() { "unknown flag" } else { "missing -, : or )" };
                    return self.err(msg, 1);
                }
            }
        }
        if c == ')' {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return self.err("bad inline flags: cannot turn on global flag", 1);
        }
        if c == '-' {
            let Some(d) = self.get() else {
                return self.err("missing flag", 0);
            };
            c = d;
            if flag_of(c).is_none() {
                let msg = if c.is_alphabetic() { "unknown flag" } else { "missing flag" };
                return self.err(msg, 1);
            }
            loop {
                let f = flag_of(c).unwrap();
                if f & TYPE_FLAGS != 0 {
                    return self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                }
                del |= f;
                let Some(d) = self.get() else {
                    return self.err("missing :", 0);
                };
                c = d;
                if c == ':' {
                    break;
                }
                if flag_of(c).is_none() {
                    let msg = if c.is_alphabetic() { "unknown flag" } else { "missing :" };
                    return self.err(msg, 1);
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return self.err("bad inline flags: cannot turn off global flag", 1);
        }
        if add & del != 0 {
            return self.err("bad inline flags: flag turned on and off", 1);
        }
        Ok(Some((add, del)))
    }

    fn backref(&self, gid: usize) -> Item {
        let w = self.groupwidths[gid].unwrap_or((0, MAXREPEAT));
        Item { text: format!(r"\k<{}>", gid), width: w, kind: Kind::Atom, simple: false }
    }

    // ---------------------------------------------------------------- escapes

    /// A `\x..`, `\u....`, `\U........` escape after its letter.
    fn hex_escape(&mut self, start: usize, letter: char) -> PResult<char> {
        let n = match letter {
            'x' => 2,
            'u' => 4,
            _ => 8,
        };
        let digits = self.get_while(n, |c| c.is_ascii_hexdigit());
        let text = format!("\\{}{}", letter, digits);
        if digits.len() != n {
            return self.err(format!("incomplete escape {}", text), self.i - start);
        }
        match char::from_u32(u32::from_str_radix(&digits, 16).unwrap()) {
            Some(c) => Ok(c),
            None => self.err(format!("bad escape {}", text), self.i - start),
        }
    }

    fn parse_escape(&mut self, start: usize, fl: u32) -> PResult<Item> {
        let Some(c) = self.get() else {
            return self.err("bad escape (end of pattern)", 1);
        };
        let ascii = fl & ASCII != 0 || self.is_bytes;
        let at = |text: &str| Item { text: text.into(), width: (0, 0), kind: Kind::At, simple: false };
        Ok(match c {
            'A' => at(r"\A"),
            'Z' => at(r"\z"),
            'b' | 'B' => {
                let w = ASCII_WORD;
                // Python's \B does not match in an empty string
                match (c, ascii) {
                    ('b', false) => at(r"\b"),
                    ('B', false) => at(r"(?:(?!\A\z)\B)"),
                    ('b', true) => at(&format!("(?:(?<={w})(?!{w})|(?<!{w})(?={w}))")),
                    _ => at(&format!("(?:(?!\\A\\z)(?:(?<={w})(?={w})|(?<!{w})(?!{w})))")),
                }
            }
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => Item { text: category(c, ascii).into(), width: (1, 1), kind: Kind::Atom, simple: true },
            'x' => {
                let ch = self.hex_escape(start, 'x')?;
                self.literal(ch)
            }
            'u' | 'U' if !self.is_bytes => {
                let ch = self.hex_escape(start, c)?;
                self.literal(ch)
            }
            'N' if !self.is_bytes => {
                if !self.eat('{') {
                    return self.err("missing {", 0);
                }
                let name = self.get_until('}', "character name")?;
                return self.err(format!("undefined character name {}", py_repr(&name)), name.chars().count() + 4);
            }
            '0' => {
                let digits = self.get_while(2, |d| ('0'..='7').contains(&d));
                let v = u32::from_str_radix(&format!("0{}", digits), 8).unwrap();
                self.literal(char::from_u32(v).unwrap())
            }
            '1'..='9' => {
                let mut digits = c.to_string();
                if let Some(d) = self.peek().filter(|d| d.is_ascii_digit()) {
                    self.i += 1;
                    digits.push(d);
                    let oct = |x: char| ('0'..='7').contains(&x);
                    if oct(c) && oct(d) && self.peek().map(oct).unwrap_or(false) {
                        digits.push(self.get().unwrap());
                        let v = u32::from_str_radix(&digits, 8).unwrap();
                        if v > 0o377 {
                            return self.err(format!("octal escape value \\{} outside of range 0-0o377", digits), digits.len() + 1);
                        }
                        return Ok(self.literal(char::from_u32(v).unwrap()));
                    }
                }
                let g: usize = digits.parse().unwrap();
                if g < self.ngroups() {
                    if !self.group_closed(g) {
                        return self.err("cannot refer to an open group", digits.len() + 1);
                    }
                    self.check_lookbehind_group(g)?;
                    return Ok(self.backref(g));
                }
                return self.err(format!("invalid group reference {}", g), digits.len());
            }
            c => match simple_escape(c) {
                Some(ch) => self.literal(ch),
                None if c.is_ascii_alphabetic() => return self.err(format!("bad escape \\{}", c), 2),
                None => self.literal(c),
            },
        })
    }

    /// An escape inside a character class, after the backslash.
    fn class_escape(&mut self, start: usize) -> PResult<Member> {
        let Some(c) = self.get() else {
            return self.err("bad escape (end of pattern)", 1);
        };
        Ok(match c {
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => Member::Category(c),
            'x' => Member::Char(self.hex_escape(start, 'x')?),
            'u' | 'U' if !self.is_bytes => Member::Char(self.hex_escape(start, c)?),
            'N' if !self.is_bytes => {
                if !self.eat('{') {
                    return self.err("missing {", 0);
                }
                let name = self.get_until('}', "character name")?;
                return self.err(format!("undefined character name {}", py_repr(&name)), name.chars().count() + 4);
            }
            '0'..='7' => {
                let digits = format!("{}{}", c, self.get_while(2, |d| ('0'..='7').contains(&d)));
                let v = u32::from_str_radix(&digits, 8).unwrap();
                if v > 0o377 {
                    return self.err(format!("octal escape value \\{} outside of range 0-0o377", digits), digits.len() + 1);
                }
                Member::Char(char::from_u32(v).unwrap())
            }
            c => match simple_escape(c) {
                Some(ch) => Member::Char(ch),
                None if c == 'b' => Member::Char('\x08'),
                None if c.is_ascii_alphanumeric() => return self.err(format!("bad escape \\{}", c), 2),
                None => Member::Char(c),
            },
        })
    }

    // ------------------------------------------------------ character classes

    fn parse_class(&mut self, start: usize, fl: u32) -> PResult<Item> {
        let ascii = fl & ASCII != 0 || self.is_bytes;
        let negate = self.eat('^');
        let mut members: Vec<Member> = Vec::new();
        loop {
            let tok_start = self.i;
            let Some(c) = self.get() else {
                return self.err("unterminated character set", self.i - start);
            };
            if c == ']' && !members.is_empty() {
                break;
            }
            let (m1, t1) = if c == '\\' {
                let t = format!("\\{}", self.peek().unwrap_or(' '));
                (self.class_escape(tok_start)?, t)
            } else {
                (Member::Char(c), c.to_string())
            };
            if self.eat('-') {
                let that_start = self.i;
                let Some(d) = self.get() else {
                    return self.err("unterminated character set", self.i - start);
                };
                if d == ']' {
                    members.push(m1);
                    members.push(Member::Char('-'));
                    break;
                }
                let (m2, t2) = if d == '\\' {
                    let t = format!("\\{}", self.peek().unwrap_or(' '));
                    (self.class_escape(that_start)?, t)
                } else {
                    (Member::Char(d), d.to_string())
                };
                let off = t1.chars().count() + 1 + t2.chars().count();
                let msg = format!("bad character range {}-{}", t1, t2);
                match (m1, m2) {
                    (Member::Char(a), Member::Char(b)) => {
                        if b < a {
                            return self.err(msg, off);
                        }
                        members.push(Member::Range(a, b));
                    }
                    _ => return self.err(msg, off),
                }
            } else {
                members.push(m1);
            }
        }
        let mut text = String::from("[");
        if negate {
            text.push('^');
        }
        for m in members {
            match m {
                Member::Char(c) => lit(c, &mut text),
                Member::Range(a, b) => {
                    lit(a, &mut text);
                    text.push('-');
                    lit(b, &mut text);
                }
                Member::Category(k) => category_in_class(k, ascii, &mut text),
            }
        }
        text.push(']');
        Ok(Item { text, width: (1, 1), kind: Kind::Atom, simple: true })
    }
}

fn simple_escape(c: char) -> Option<char> {
    Some(match c {
        'a' => '\x07',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        '\\' => '\\',
        _ => return None,
    })
}

/// `repr()` of a str, as in messages like "unknown group name 'x'".
fn py_repr(s: &str) -> String {
    crate::types::str::repr_str(s)
}

/// Parses and translates `pattern` compiled with `flags`. `is_bytes` selects
/// the rules of bytes patterns (the pattern's bytes are given as the chars
/// U+0000..U+00FF).
pub fn translate(pattern: &str, flags: u32, is_bytes: bool) -> PResult<Parsed> {
    match translate_once(pattern, flags, is_bytes) {
        Err(SyntaxError::Reparse) => translate_once(pattern, flags | VERBOSE, is_bytes),
        r => r,
    }
}

fn translate_once(pattern: &str, flags: u32, is_bytes: bool) -> PResult<Parsed> {
    let s: Vec<char> = pattern.chars().collect();
    // A lone trailing backslash is reported as soon as the tokenizer sees it.
    let mut k = 0;
    while k < s.len() {
        if s[k] == '\\' {
            if k + 1 == s.len() {
                return Err(SyntaxError::Re("bad escape (end of pattern)".into(), Some(k)));
            }
            k += 1;
        }
        k += 1;
    }
    let mut p = Parser {
        s,
        i: 0,
        flags,
        is_bytes,
        groupwidths: vec![Some((0, 0))],
        names: Vec::new(),
        parents: vec![0],
        open: Vec::new(),
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
        deferred: None,
    };
    let (body, _) = p.parse_sub(flags & VERBOSE != 0, 0, Scope { add: 0, del: 0 })?;
    let mut flags = p.flags;
    if is_bytes {
        if flags & UNICODE != 0 {
            return Err(SyntaxError::Value("cannot use UNICODE flag with a bytes pattern".into()));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(SyntaxError::Value("ASCII and LOCALE flags are incompatible".into()));
        }
    } else {
        if flags & LOCALE != 0 {
            return Err(SyntaxError::Value("cannot use LOCALE flag with a str pattern".into()));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(SyntaxError::Value("ASCII and UNICODE flags are incompatible".into()));
        }
    }
    if p.peek().is_some() {
        return p.err("unbalanced parenthesis", 0);
    }
    let groups = p.ngroups() - 1;
    for &(g, pos) in &p.grouprefpos {
        if g as usize > groups {
            return Err(SyntaxError::Re(format!("invalid group reference {}", g), Some(pos)));
        }
    }
    if let Some(e) = p.deferred.take() {
        return Err(e);
    }
    let case = if flags & IGNORECASE != 0 { "(?i)" } else { "" };
    Ok(Parsed {
        engine: format!("{}{}", case, body),
        engine_full: format!(r"{}(?:{})\z", case, body),
        flags,
        groups,
        names: p.names,
        parents: p.parents,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(p: &str) -> String {
        translate(p, 0, false).unwrap().engine
    }
    fn er(p: &str) -> SyntaxError {
        translate(p, 0, false).unwrap_err()
    }

    #[test]
    fn literals_and_groups() {
        assert_eq!(tr("a.b"), r"a.b");
        assert_eq!(tr(r"a\/b"), r"a\x{2F}b");
        assert_eq!(tr("(?P<x>a)(?P=x)"), r"(a)\k<1>");
        assert_eq!(tr("a{,3}"), "a{0,3}");
        assert_eq!(tr("a{"), r"a\x{7B}");
        assert_eq!(tr("[]a-]"), r"[\x{5D}a\x{2D}]");
        assert_eq!(tr("a$"), r"a(?=\n?\z)");
        assert_eq!(tr("a*+"), "(?>a*)");
    }

    #[test]
    fn errors() {
        assert_eq!(er("(a"), SyntaxError::Re("missing ), unterminated subpattern".into(), Some(0)));
        assert_eq!(er("a)"), SyntaxError::Re("unbalanced parenthesis".into(), Some(1)));
        assert_eq!(er("*a"), SyntaxError::Re("nothing to repeat".into(), Some(0)));
        assert_eq!(er("a**"), SyntaxError::Re("multiple repeat".into(), Some(2)));
        assert_eq!(er("[a"), SyntaxError::Re("unterminated character set".into(), Some(0)));
        assert_eq!(er(r"\q"), SyntaxError::Re(r"bad escape \q".into(), Some(0)));
        assert_eq!(er("(?<=a+)"), SyntaxError::Re("look-behind requires fixed-width pattern".into(), None));
    }
}
