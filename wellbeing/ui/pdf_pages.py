"""Every page of a PDF, as images in a scroll area: the preview shows the very bytes that
will be saved, drawn by PDFium (pypdfium2, imported on first use: start-up stays quick)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

PAGE_GAP = 12


def page_images(data: bytes, width: int) -> list[QImage]:
    """Each page drawn `width` pixels wide on white, in order."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    images = []
    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)):
            page = document[index]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255), rev_byteorder=True)
            pixels = bitmap.to_numpy()
            height, columns = pixels.shape[0], pixels.shape[1]
            channels = pixels.shape[2] if pixels.ndim == 3 else 1
            form = {
                1: QImage.Format.Format_Grayscale8,
                3: QImage.Format.Format_RGB888,
                4: QImage.Format.Format_RGBX8888,
            }[channels]
            image = QImage(pixels.data, columns, height, pixels.strides[0], form)
            images.append(image.copy())  # own the pixels: the bitmap goes away
            page.close()
    finally:
        document.close()
    return images


class PdfPages(QScrollArea):
    """The pages one under the other, each as wide as the area allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Always there, so that a page drawn to the width left beside it never overflows.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.inner = QWidget()
        self.inner.setObjectName("pdf_pages")
        self.column = QVBoxLayout(self.inner)
        self.column.setSpacing(PAGE_GAP)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.inner)
        self.pages: list[QLabel] = []

    def show_pdf(self, data: bytes, width: int) -> int:
        """Draw the pages `width` logical pixels wide (sharp on a high-density screen);
        returns how many there are."""
        for label in self.pages:
            self.column.removeWidget(label)
            label.deleteLater()
        ratio = self.devicePixelRatioF()
        self.pages = []
        images = page_images(data, max(1, round(width * ratio)))
        for number, image in enumerate(images, start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setObjectName(f"page_{number}")
            label.setPixmap(pixmap)
            label.setFrameShape(QFrame.Shape.Box)
            label.setAccessibleName(
                self.tr("Page {number} of {count}").format(number=number, count=len(images))
            )
            self.column.addWidget(label)
            self.pages.append(label)
        self.verticalScrollBar().setValue(0)
        return len(images)
