package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// linear is a trained multi-class linear model over hashed features. A
// feature's low bits pick a row; a row lists only the classes it has a
// weight for, so the table stays small although there are a hundred classes.
type linear struct {
	nclass int
	bits   uint
	start  []uint32 // row r is ent[start[r]:start[r+1]]
	ent    []uint32 // class<<16 | uint16(weight)
	dense  []int16  // for four classes or fewer: row r is dense[4r:4r+4]
}

// densify replaces the rows of a model of at most four classes by a dense
// table: one memory access per feature instead of two.
func (l *linear) densify() {
	if l.nclass > 4 {
		return
	}
	l.dense = make([]int16, 4<<l.bits)
	for r := 0; r+1 < len(l.start); r++ {
		for _, e := range l.ent[l.start[r]:l.start[r+1]] {
			l.dense[4*r+int(e>>16)] = int16(e)
		}
	}
	l.start, l.ent = nil, nil
}

func (l *linear) mask() uint64 { return 1<<l.bits - 1 }

// score sets scores[c] to the sum of the weights of feats for class c.
// It first finds all rows, then adds them: the row look-ups are independent
// and the processor overlaps their cache misses.
func (l *linear) score(feats []uint64, scores []int32) {
	if l.dense != nil {
		l.scoreDense(feats, scores)
		return
	}
	clear(scores)
	var rows [256][2]uint32
	mask := l.mask()
	for len(feats) > 0 {
		n := min(len(feats), len(rows))
		for i, f := range feats[:n] {
			r := f & mask
			rows[i] = [2]uint32{l.start[r], l.start[r+1]}
		}
		for _, r := range rows[:n] {
			for _, e := range l.ent[r[0]:r[1]] {
				scores[e>>16] += int32(int16(e))
			}
		}
		feats = feats[n:]
	}
}

func (l *linear) scoreDense(feats []uint64, scores []int32) {
	var s [4]int32
	mask := l.mask()
	for _, f := range feats {
		r := (f & mask) * 4
		d := l.dense[r : r+4 : r+4]
		s[0] += int32(d[0])
		s[1] += int32(d[1])
		s[2] += int32(d[2])
		s[3] += int32(d[3])
	}
	copy(scores, s[:])
}

// size is the memory the model's tables take, in bytes.
func (l *linear) size() int { return 4*(len(l.start)+len(l.ent)) + 2*len(l.dense) }

// write stores l as: class count, bits, number of rows used, then per used
// row the gap from the previous one, its entry count and its entries.
func (l *linear) write(w *bufio.Writer) error {
	if l.dense != nil {
		return errors.New("write weights: the model was densified")
	}
	var buf []byte
	buf = binary.AppendUvarint(buf, uint64(l.nclass))
	buf = binary.AppendUvarint(buf, uint64(l.bits))
	used := 0
	for r := 0; r+1 < len(l.start); r++ {
		if l.start[r+1] > l.start[r] {
			used++
		}
	}
	buf = binary.AppendUvarint(buf, uint64(used))
	prev := -1
	for r := 0; r+1 < len(l.start); r++ {
		row := l.ent[l.start[r]:l.start[r+1]]
		if len(row) == 0 {
			continue
		}
		buf = binary.AppendUvarint(buf, uint64(r-prev))
		buf = binary.AppendUvarint(buf, uint64(len(row)))
		prev = r
		for _, e := range row {
			buf = binary.AppendUvarint(buf, uint64(e>>16))
			buf = binary.AppendVarint(buf, int64(int16(e)))
		}
		if len(buf) > 1<<16 {
			if _, err := w.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	_, err := w.Write(buf)
	return err
}

var errModel = errors.New("corrupt model")

func readLinear(r io.ByteReader) (*linear, error) {
	u := func() uint64 {
		v, err := binary.ReadUvarint(r)
		if err != nil {
			panic(errModel)
		}
		return v
	}
	var l linear
	err := func() (err error) {
		defer func() {
			if e := recover(); e != nil {
				err = errModel
			}
		}()
		l.nclass = int(u())
		l.bits = uint(u())
		if l.bits > 30 || l.nclass > 1<<15 {
			return errModel
		}
		l.start = make([]uint32, 1<<l.bits+1)
		used := u()
		r0 := -1
		for range used {
			r0 += int(u())
			n := int(u())
			if r0 >= 1<<l.bits {
				return errModel
			}
			for range n {
				c := u()
				v, err := binary.ReadVarint(r)
				if err != nil || c >= uint64(l.nclass) || v < math.MinInt16 || v > math.MaxInt16 {
					return errModel
				}
				l.ent = append(l.ent, uint32(c)<<16|uint32(uint16(int16(v))))
			}
			l.start[r0+1] = uint32(len(l.ent))
		}
		for i := 1; i < len(l.start); i++ {
			l.start[i] = max(l.start[i], l.start[i-1])
		}
		return nil
	}()
	if err != nil {
		return nil, fmt.Errorf("read weights: %w", err)
	}
	l.ent = slices.Clip(l.ent)
	return &l, nil
}

// perceptron trains a linear model: an averaged perceptron with integer
// updates, so training is exact and repeatable.
type perceptron struct {
	nclass int
	bits   uint
	row    []int32 // slot → index in rows, -1 if unused
	rows   [][]pweight
	n      int64 // instances seen, for averaging
}

type pweight struct {
	class int32
	w     int32
	u     int64 // sum of n*delta over updates: the average is w - u/n
}

func newPerceptron(nclass int, bits uint) *perceptron {
	p := &perceptron{nclass: nclass, bits: bits, row: make([]int32, 1<<bits)}
	for i := range p.row {
		p.row[i] = -1
	}
	return p
}

func (p *perceptron) score(feats []uint64, scores []int32) {
	clear(scores)
	mask := uint64(1)<<p.bits - 1
	for _, f := range feats {
		if i := p.row[f&mask]; i >= 0 {
			for _, e := range p.rows[i] {
				scores[e.class] += e.w
			}
		}
	}
}

// update moves the weights of feats towards class good and away from bad.
func (p *perceptron) update(feats []uint64, good, bad int) {
	mask := uint64(1)<<p.bits - 1
	for _, f := range feats {
		s := f & mask
		i := p.row[s]
		if i < 0 {
			i = int32(len(p.rows))
			p.row[s] = i
			p.rows = append(p.rows, nil)
		}
		p.rows[i] = p.bump(p.rows[i], good, 1)
		p.rows[i] = p.bump(p.rows[i], bad, -1)
	}
}

func (p *perceptron) bump(row []pweight, class int, d int32) []pweight {
	for k := range row {
		if row[k].class == int32(class) {
			row[k].w += d
			row[k].u += p.n * int64(d)
			return row
		}
	}
	return append(row, pweight{class: int32(class), w: d, u: p.n * int64(d)})
}

// average returns the averaged weights, quantised to 16 bits; weights that
// round to zero are dropped.
func (p *perceptron) average() *linear {
	n := float64(max(p.n, 1))
	var maxw float64
	for _, row := range p.rows {
		for _, e := range row {
			maxw = max(maxw, math.Abs(float64(e.w)-float64(e.u)/n))
		}
	}
	scale := 0.0
	if maxw > 0 {
		scale = 32767 / maxw
	}
	l := &linear{nclass: p.nclass, bits: p.bits, start: make([]uint32, 1<<p.bits+1)}

	for s, i := range p.row {
		if i >= 0 {
			row := slices.Clone(p.rows[i])
			slices.SortFunc(row, func(a, b pweight) int { return int(a.class - b.class) })
			for _, e := range row {
				q := math.Round((float64(e.w) - float64(e.u)/n) * scale)
				if q != 0 {
					l.ent = append(l.ent, uint32(e.class)<<16|uint32(uint16(int16(q))))
				}
			}
		}
		l.start[s+1] = uint32(len(l.ent))
	}
	return l
}
