package sarif

import (
	"net/url"
	"strings"
)

// fileURI returns the URI of a slash-separated file name and the uriBaseId
// it is relative to. Names relative to the scan's directory stay relative
// to %SRCROOT%; absolute names (a file outside the scan root) become file
// URIs with no base.
func fileURI(name string) (uri, base string) {
	switch {
	case strings.HasPrefix(name, "//"): // UNC path: //host/share/…
		return "file:" + escapePath(name, true), ""
	case strings.HasPrefix(name, "/"):
		return "file://" + escapePath(name, true), ""
	case isDrivePath(name): // C:/…
		return "file:///" + escapePath(name, true), ""
	}
	return escapePath(strings.TrimPrefix(name, "./"), false), srcRoot
}

// isDrivePath reports whether name starts with a Windows drive letter.
func isDrivePath(name string) bool {
	if len(name) < 3 || name[1] != ':' || name[2] != '/' {
		return false
	}
	c := name[0] | 0x20
	return c >= 'a' && c <= 'z'
}

// escapePath percent-encodes everything a URI path may not hold as is:
// spaces, '%', '?', '#', backslashes, non-ASCII bytes. A colon is kept only
// in an absolute path; in a relative one it would read as a scheme.
func escapePath(p string, colon bool) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if pathSafe(c) || c == ':' && colon {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// pathSafe reports whether c may appear unescaped in a URI path segment
// (RFC 3986 unreserved, sub-delims, '@' and '/').
func pathSafe(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~!$&'()*+,;=@/", c) >= 0
}

// FileName returns the file name an artifact URI of Write stands for, the
// inverse of fileURI: a relative URI gives the slash-separated name
// relative to the scan's directory, a file URI the absolute path (a drive
// path or a UNC path included). It reports false for a URI it cannot read:
// another scheme, or a bad percent-escape.
func FileName(uri string) (string, bool) {
	p := uri
	if rest, ok := strings.CutPrefix(uri, "file:"); ok {
		p = rest
		if strings.HasPrefix(rest, "///") { // file:///etc/x, file:///C:/x
			p = rest[2:]
			if isDrivePath(p[1:]) {
				p = p[1:]
			}
		}
	} else if i := strings.IndexAny(uri, ":/?#"); i >= 0 && uri[i] == ':' {
		return "", false // a scheme other than file
	}
	name, err := url.PathUnescape(p)
	if err != nil {
		return "", false
	}
	return name, true
}
