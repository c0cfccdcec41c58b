#!/usr/bin/python3
# Writes title-style-notice.docx and title-style-speech.docx with
# python-docx (0.8): the lines under the title set in Word's Title style
# as the title is, as a colleague does who styles the whole head of a
# document with one click.  Run in tests/data/docx; the files are kept.
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH


def centred(doc, text, style):
    p = doc.add_paragraph(text, style=style)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


notice = docx.Document()
centred(notice, "关于做好今冬明春农村饮水安全保障工作的通知", "Title")
centred(notice, "县政府办〔2026〕12号", "Title")
notice.add_paragraph("各乡镇人民政府，县直有关单位：")
notice.add_paragraph("入冬以来，部分山区村组管网受冻、水源减少。为保障群众冬春饮水，"
                     "现就有关事项通知如下。")
notice.add_paragraph("一、排查供水设施")
notice.add_paragraph("各乡镇要在12月20日前完成辖区内供水工程冬季检查，对裸露管道做好保温。")
notice.add_paragraph("县人民政府办公室").alignment = WD_ALIGN_PARAGRAPH.RIGHT
notice.add_paragraph("2026年12月7日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
notice.save("title-style-notice.docx")

speech = docx.Document()
centred(speech, "守好群众的水缸子", "Title")
centred(speech, "——在全县冬春农村饮水工作推进会上的讲话", "Title")
centred(speech, "县水利局局长　郑远山", "Normal")
speech.add_paragraph("同志们：")
speech.add_paragraph("今天召开这次推进会，主要是把冬春饮水的几项工作再压实一遍。")
speech.save("title-style-speech.docx")
