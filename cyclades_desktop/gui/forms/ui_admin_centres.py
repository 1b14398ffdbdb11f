# generated from ui/admin_centres.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_centres.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AdminCentres(object):
    def setupUi(self, AdminCentres):
        if not AdminCentres.objectName():
            AdminCentres.setObjectName(u"AdminCentres")
        AdminCentres.resize(1100, 700)
        self.mainLayout = QVBoxLayout(AdminCentres)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 10)
        self.titleLabel = QLabel(AdminCentres)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AdminCentres)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.messageLabel = QLabel(AdminCentres)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.academyLabel = QLabel(AdminCentres)
        self.academyLabel.setObjectName(u"academyLabel")

        self.filterLayout.addWidget(self.academyLabel)

        self.academyCombo = QComboBox(AdminCentres)
        self.academyCombo.setObjectName(u"academyCombo")
        self.academyCombo.setMinimumSize(QSize(260, 0))

        self.filterLayout.addWidget(self.academyCombo)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(AdminCentres)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.centresTable = QTableWidget(AdminCentres)
        if (self.centresTable.columnCount() < 7):
            self.centresTable.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.centresTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.centresTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.centresTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.centresTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.centresTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.centresTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.centresTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.centresTable.setObjectName(u"centresTable")
        self.centresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.centresTable.setAlternatingRowColors(True)
        self.centresTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.centresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.centresTable.setShowGrid(False)
        self.centresTable.setColumnCount(7)
        self.centresTable.horizontalHeader().setStretchLastSection(True)
        self.centresTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.centresTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newCentreButton = QPushButton(AdminCentres)
        self.newCentreButton.setObjectName(u"newCentreButton")

        self.buttonsLayout.addWidget(self.newCentreButton)

        self.editCentreButton = QPushButton(AdminCentres)
        self.editCentreButton.setObjectName(u"editCentreButton")

        self.buttonsLayout.addWidget(self.editCentreButton)

        self.deleteCentreButton = QPushButton(AdminCentres)
        self.deleteCentreButton.setObjectName(u"deleteCentreButton")

        self.buttonsLayout.addWidget(self.deleteCentreButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.reloadButton = QPushButton(AdminCentres)
        self.reloadButton.setObjectName(u"reloadButton")

        self.buttonsLayout.addWidget(self.reloadButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.academyLabel.setBuddy(self.academyCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminCentres)

        QMetaObject.connectSlotsByName(AdminCentres)
    # setupUi

    def retranslateUi(self, AdminCentres):
        self.titleLabel.setText(QCoreApplication.translate("AdminCentres", u"Centres d'examen", None))
        self.introLabel.setText(QCoreApplication.translate("AdminCentres", u"Les \u00e9tablissements qui accueillent les \u00e9preuves, avec leur capacit\u00e9 par session. Le code UAI identifie le centre et ne change pas ; la capacit\u00e9 ne peut pas descendre sous le nombre de candidats d\u00e9j\u00e0 affect\u00e9s.", None))
        self.messageLabel.setText("")
        self.academyLabel.setText(QCoreApplication.translate("AdminCentres", u"A&cad\u00e9mie", None))
        self.countLabel.setText("")
        ___qtablewidgetitem = self.centresTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AdminCentres", u"UAI", None))
        ___qtablewidgetitem1 = self.centresTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AdminCentres", u"Centre", None))
        ___qtablewidgetitem2 = self.centresTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AdminCentres", u"Adresse", None))
        ___qtablewidgetitem3 = self.centresTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AdminCentres", u"Ville", None))
        ___qtablewidgetitem4 = self.centresTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AdminCentres", u"D\u00e9pt", None))
        ___qtablewidgetitem5 = self.centresTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AdminCentres", u"Capacit\u00e9", None))
        ___qtablewidgetitem6 = self.centresTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AdminCentres", u"Acad\u00e9mie", None))
        self.newCentreButton.setText(QCoreApplication.translate("AdminCentres", u"&Nouveau centre\u2026", None))
        self.editCentreButton.setText(QCoreApplication.translate("AdminCentres", u"&Modifier le centre\u2026", None))
        self.deleteCentreButton.setText(QCoreApplication.translate("AdminCentres", u"&Supprimer le centre\u2026", None))
        self.reloadButton.setText(QCoreApplication.translate("AdminCentres", u"&Actualiser", None))
        pass
    # retranslateUi
