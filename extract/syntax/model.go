package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
)

//go:embed model.gz
var embedded []byte

const magic = "graphify syntax 3\n"

var (
	loadOnce  sync.Once
	loaded    *Model
	loadError error
)

// Load returns the embedded model, decoding it on the first call only.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loaded, loadError = ReadModel(bytes.NewReader(embedded))
		if loadError != nil {
			loadError = fmt.Errorf("load syntax model: %w", loadError)
		}
	})
	return loaded, loadError
}

// WriteModel writes m gzipped.
func (m *Model) WriteModel(w io.Writer) error {
	z, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(z)
	bw.WriteString(magic)
	for _, list := range [][]string{m.tags, m.labels} {
		var buf []byte
		buf = binary.AppendUvarint(buf, uint64(len(list)))
		bw.Write(buf)
		for _, s := range list {
			bw.WriteString(s + "\n")
		}
	}
	if err := writeClasses(bw, m.classes); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	for _, l := range []*linear{m.tagger, m.action, m.labeler} {
		if err := l.write(bw); err != nil {
			return fmt.Errorf("write model: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// ReadModel reads a model written by WriteModel.
func ReadModel(r io.Reader) (*Model, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	br := bufio.NewReader(z)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("read model: not a syntax model")
	}
	var lists [2][]string
	for k := range lists {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<10 {
			return nil, fmt.Errorf("read model: %w", errModel)
		}
		for range n {
			s, err := br.ReadString('\n')
			if err != nil {
				return nil, fmt.Errorf("read model: %w", errModel)
			}
			lists[k] = append(lists[k], strings.TrimSuffix(s, "\n"))
		}
	}
	m := &Model{}
	m.setTags(lists[0], lists[1])
	if m.classes, err = readClasses(br); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	if m.tagger, err = readLinear(br); err != nil {
		return nil, fmt.Errorf("read model tagger: %w", err)
	}
	if m.action, err = readLinear(br); err != nil {
		return nil, fmt.Errorf("read model parser: %w", err)
	}
	if m.labeler, err = readLinear(br); err != nil {
		return nil, fmt.Errorf("read model labeler: %w", err)
	}
	m.action.densify()
	if m.rootLabel < 0 || len(m.labels) > 64 || m.tagger.nclass != len(m.tags) || m.action.nclass != nact || m.labeler.nclass != len(m.labels) {
		return nil, fmt.Errorf("read model: %w", errModel)
	}
	return m, nil
}

// writeClasses writes the word classes sorted by word hash, so the file is
// the same from run to run.
func writeClasses(w *bufio.Writer, classes map[uint64]uint64) error {
	keys := slices.Sorted(maps.Keys(classes))
	buf := binary.AppendUvarint(nil, uint64(len(keys)))
	for _, k := range keys {
		buf = binary.LittleEndian.AppendUint64(buf, k)
		buf = binary.LittleEndian.AppendUint64(buf, classes[k])
	}
	_, err := w.Write(buf)
	return err
}

func readClasses(r *bufio.Reader) (map[uint64]uint64, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<24 {
		return nil, errModel
	}
	classes := make(map[uint64]uint64, n)
	var b [16]byte
	for range n {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, errModel
		}
		classes[binary.LittleEndian.Uint64(b[:8])] = binary.LittleEndian.Uint64(b[8:])
	}
	return classes, nil
}
