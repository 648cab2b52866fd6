package discover

import "bytes"

var commentEnd = []byte("*/")

// jsonScan walks the top level of a JSON object without building it. It
// accepts // and /* */ comments, as ARM templates may hold them, and is
// lenient elsewhere: it only has to tell formats apart.
type jsonScan struct {
	b []byte
	i int
}

// scanTop returns the watched top-level keys of the JSON object in b, the
// raw value of its "$schema" string, and whether the object was scanned to
// its closing brace without a syntax error.
func scanTop(b []byte) (keys topKey, schema string, clean bool) {
	s := jsonScan{b: b}
	if s.space(); !s.eat('{') {
		return 0, "", false
	}
	for {
		if s.space(); s.eat('}') {
			return keys, schema, true
		}
		key, ok := s.str()
		if s.space(); !ok || !s.eat(':') {
			return keys, schema, false
		}
		if s.space(); key == "$schema" && s.peek() == '"' {
			schema, ok = s.str()
		} else {
			ok = s.value()
		}
		if !ok {
			return keys, schema, false
		}
		keys |= watchedKeys[key]
		if s.space(); !s.eat(',') && s.peek() != '}' {
			return keys, schema, false
		}
	}
}

// peek returns the next byte, or 0 at the end.
func (s *jsonScan) peek() byte {
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}

// eat consumes c if it is the next byte.
func (s *jsonScan) eat(c byte) bool {
	if s.peek() != c || s.i >= len(s.b) {
		return false
	}
	s.i++
	return true
}

// space skips blank space and comments.
func (s *jsonScan) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		case '/':
			if !s.comment() {
				return
			}
		default:
			return
		}
	}
}

// comment skips a comment starting at '/', or reports there is none.
func (s *jsonScan) comment() bool {
	if s.i+1 >= len(s.b) {
		return false
	}
	rest := s.b[s.i+2:]
	switch s.b[s.i+1] {
	case '/':
		end := bytes.IndexByte(rest, '\n')
		if end < 0 {
			end = len(rest)
		}
		s.i += 2 + end
	case '*':
		end := bytes.Index(rest, commentEnd)
		if end < 0 {
			return false
		}
		s.i += 2 + end + 2
	default:
		return false
	}
	return true
}

// str consumes a string and returns its raw content, escapes untouched.
func (s *jsonScan) str() (string, bool) {
	if !s.eat('"') {
		return "", false
	}
	start := s.i
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case '\\':
			s.i += 2
			continue
		case '"':
			s.i++
			return string(s.b[start : s.i-1]), true
		}
		s.i++
	}
	return "", false
}

// value skips one value of any kind, counting brackets rather than
// recursing, so deep nesting costs nothing.
func (s *jsonScan) value() bool {
	depth := 0
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			if _, ok := s.str(); !ok || depth == 0 {
				return ok
			}
			continue
		case c == '/':
			if !s.comment() {
				return false
			}
			continue
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			if depth == 0 {
				return true
			}
			if depth--; depth == 0 {
				s.i++
				return true
			}
		case depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n'):
			return true
		}
		s.i++
	}
	return false
}
