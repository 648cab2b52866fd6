package discover

import (
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/moatscan/moat/graph"
)

// load classifies the file c and reads it. ok is false when the file is not
// one moat reads; such files produce no diagnostic.
func load(c candidate, limit int64) (f File, ok bool, diags graph.Diagnostics) {
	f = File{Path: c.path, Abs: c.abs}
	if c.helm {
		f.Format = Helm
		return f, true, append(diags, graph.Diagnostic{
			Severity: graph.Note, Code: graph.CodeTemplate, Subject: fileRange(c.path),
			Summary: "Helm chart template not scanned",
			Detail:  "render the chart with helm template and scan the output",
		})
	}
	name := filepath.Base(c.abs)
	f.Format = byName(name)
	kind := contentOf(name)
	data, size, err := read(c.abs, f.Format, kind, limit)
	if err != nil {
		return f, f.Format != "", unreadable(c, f.Format != "" || kind != opaque, err)
	}
	if f.Format == "" {
		f.Format = byContent(data[:min(len(data), sniffSize)], kind)
	}
	switch {
	case f.Format == "":
		return f, false, nil
	case size > limit:
		return f, true, diags.Errorf(graph.CodeFileTooLarge, fileRange(c.path), "file too large",
			"the file has %d bytes, above the limit of %d; raise the limit or exclude the file", size, limit)
	}
	f.Data = data
	return f, true, nil
}

// read reads a file whole when it is within limit. Of a larger file it reads
// only the first sniffSize bytes, to classify it, or nothing when its name
// did. An opaque file is peeked at first and read whole only when it holds
// PEM. size is the file's size, or what was read if it grew meanwhile.
func read(abs string, known Format, kind content, limit int64) (data []byte, size int64, err error) {
	fh, err := os.Open(abs)
	if err != nil {
		return nil, 0, err
	}
	defer func() { _ = fh.Close() }() // read only: nothing to flush
	fi, err := fh.Stat()
	if err != nil {
		return nil, 0, err
	}
	size = fi.Size()
	switch {
	case known == "" && kind == opaque:
		data, err = readUpTo(fh, make([]byte, 0, pemPeek), pemPeek)
		if err != nil || byContent(data, opaque) != PEM || size > limit {
			return data, size, err
		}
	case size > limit && known != "":
		return nil, size, nil
	case size > limit:
		data, err = readUpTo(fh, make([]byte, 0, sniffSize), sniffSize)
		return data, size, err
	}
	data = slices.Grow(data, max(0, int(size)+1-len(data)))
	data, err = readUpTo(fh, data, limit+1)
	return data, max(size, int64(len(data))), err
}

// readUpTo appends what r holds to buf until buf holds want bytes or r
// ends. buf is grown only when full, so a buffer sized to the file is
// read without copying.
func readUpTo(r io.Reader, buf []byte, want int64) ([]byte, error) {
	for int64(len(buf)) < want {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, int(min(want-int64(len(buf)), int64(max(512, len(buf))))))
		}
		n, err := r.Read(buf[len(buf):int(min(int64(cap(buf)), want))])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

// unreadable reports a file that could not be opened or read: an error when
// the file looked like one moat reads or was named by the user, else a
// warning.
func unreadable(c candidate, wanted bool, err error) graph.Diagnostics {
	var ds graph.Diagnostics
	if wanted || c.named {
		return ds.Errorf(graph.CodeFileUnreadable, fileRange(c.path), "file cannot be read",
			"%s; make it readable or exclude it", reason(err))
	}
	return ds.Warnf(graph.CodeFileUnreadable, fileRange(c.path), "file cannot be read",
		"%s; it may hold a certificate or key and was not checked", reason(err))
}
